using Intake.Core.Classification;
using Intake.Core.Identity;
using Intake.Core.Model;

namespace Intake.Core.Pipeline;

/// <summary>Ties a message to a customer and contract: linked identities first, then details the sender typed or wrote (unverified): account number, email or phone, postcode and house number.</summary>
internal static class CustomerIdentifier
{
    /// <param name="answersQuestion">
    /// The sender has a case waiting for the account number or postcode and house number: a bare "NL1001" or "12345678"
    /// is that answer, and so is "1234 AB 12".
    /// </param>
    public static async Task<Identification> IdentifyAsync(IIntakeSession session, InboundMessage message, IntentResult intent, bool answersQuestion, CancellationToken ct)
    {
        var senderKind = SenderAddress.KindOf(message.SenderAddress);
        var found = IdentityKinds.LinksSender(senderKind) ? await session.FindCustomerAsync(senderKind, message.SenderAddress, ct) : null;
        // On the web form the "sender" is whatever address the visitor typed: it proves nothing.
        if (found is not null && message.Channel == Channels.Web) found = found.Unverified();
        var account = message.Stated?.AccountNumber ?? intent.AccountNumber ?? (answersQuestion ? BareAnswer(message.Text) : null);
        if (found is null && !string.IsNullOrWhiteSpace(account))
            found = (await session.FindCustomerAsync(IdentityKinds.Account, account.Trim().ToUpperInvariant(), ct))?.Unverified();
        foreach (var typed in new[] { SenderAddress.NormaliseEmail(message.Stated?.ContactEmail), SenderAddress.NormalisePhone(message.Stated?.ContactPhone) })
        {
            if (found is not null || typed is null) continue;
            found = (await session.FindCustomerAsync(SenderAddress.KindOf(typed), typed, ct))?.Unverified();
        }
        foreach (var key in PostalKeys(message, answersQuestion || senderKind == IdentityKinds.Postal))
        {
            if (found is not null) break;
            found = (await session.FindSoleCustomerAsync(IdentityKinds.Postal, key, ct))?.Unverified();
        }
        if (found is not { Customer: var customer, Contracts: var contracts }) return new Identification(null, null, false);

        var stated = message.Stated?.ContractId;
        var contract = stated is null ? null : contracts.FirstOrDefault(c => c.ExternalId == stated);
        if (contract is null && contracts.Count == 1) contract = contracts[0];
        // Several contracts: the one whose product the customer names, if exactly one is named.
        contract ??= contracts.Where(c => message.Text.Contains(c.Product, StringComparison.OrdinalIgnoreCase)).ToList() is [var named] ? named : null;
        return new Identification(customer, contract, contract is null && contracts.Count > 1);
    }

    /// <summary>
    /// Postcode and house number the message gives: a letter's address, the ones typed into a form, and, in a letter or
    /// an answer to the identification question (which asks for them), the ones written in the text.
    /// </summary>
    private static IEnumerable<string> PostalKeys(InboundMessage message, bool readText)
    {
        if (PostalAddress.TryParse(message.SenderAddress) is { } letter) yield return letter.Key;
        if (message.Stated?.PostalKey is { } stated) yield return stated;
        if (!readText) yield break;
        foreach (var key in PostalKeyFinder.Find(message.Text)) yield return key;
    }

    /// <summary>The whole message when it is one short token of letters, digits and dashes (the answer "NL1001", "12345678").</summary>
    private static string? BareAnswer(string text)
    {
        var token = text.Trim().TrimEnd('.', '!');
        return token.Length is >= 4 and <= 20 && token.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') && token.Any(char.IsAsciiDigit) ? token : null;
    }
}
