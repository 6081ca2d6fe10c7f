using Intake.Core.Model;

namespace Intake.Core.Pipeline;

/// <summary>
/// Finds the open case a message from the same sender (same stored address: email, E.164 phone shared by SMS,
/// WhatsApp and voice, X user id) answers, so an answer on any channel joins the case that asked for it.
/// </summary>
internal static class SenderCases
{
    public const string SeveralCustomers = "sender-has-open-cases-of-several-customers";
    public const string ContractHasOpenCase = "contract-has-open-case";

    /// <param name="open">The sender's open cases, newest first.</param>
    /// <returns>Null when none fits the message (no open case, or each is about another customer or contract).</returns>
    public static SenderCaseMatch? Choose(IReadOnlyList<CaseRecord> open, Identification id)
    {
        var fitting = open.Where(c => Fits(c, id)).ToList();
        if (fitting.Count == 0) return null;
        // An answer to the identification question first: that case is waiting for it.
        var waiting = fitting.Where(c => c.Status == CaseStatuses.NeedsIdentification).ToList();
        var pool = waiting.Count > 0 ? waiting : fitting;
        var customers = pool.Select(c => c.CustomerId).OfType<long>().Distinct().Count();
        // A shared number or address with cases of different people, and the message does not say whose: never guess.
        return customers > 1
            ? new SenderCaseMatch(pool[0], SeveralCustomers, [.. pool.Select(c => c.Reference)])
            : new SenderCaseMatch(pool[0], null, [pool[0].Reference]);
    }

    // A message naming another customer or another contract than a case is not that case's answer.
    private static bool Fits(CaseRecord @case, Identification id) =>
        (@case.CustomerId is null || id.Customer is null || @case.CustomerId == id.Customer.CustomerId)
        && (@case.ContractId is null || id.Contract is null || @case.ContractId == id.Contract.Id);
}
