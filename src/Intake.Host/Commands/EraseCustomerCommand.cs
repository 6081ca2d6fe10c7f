
namespace Intake.Host.Commands;

/// <summary>`erase-customer --account N | --address A`: pseudonymises the subject everywhere. Exit 0 done, 2 unknown subject, 1 error.</summary>
public static class EraseCustomerCommand
{
    private const string Usage = "usage: erase-customer --account ACCOUNT_NUMBER | --address EMAIL_PHONE_OR_X_USER_ID";

    public static async Task<int> RunAsync(IPersonalDataErasure erasure, TimeProvider time, IReadOnlyList<string> args, TextWriter stdout,
        TextWriter stderr, CancellationToken cancellationToken)
    {
        if (SubjectArguments.Parse(args, allowOut: false) is not { } parsed)
        {
            await stderr.WriteLineAsync(Usage);
            return 1;
        }
        var result = await erasure.EraseAsync(parsed.Subject, time.GetUtcNow(), cancellationToken);
        switch (result.Outcome)
        {
            case SubjectOutcome.Done:
                var c = result.Counts!;
                await stdout.WriteLineAsync(
                    $"erased as {result.Pseudonym}: {c.Customers} customer, {c.Contracts} contract(s), {c.Identities} identity link(s), {c.Cases} case(s), " +
                    $"{c.Messages} message(s), {c.RawPayloads} raw payload(s), {c.OutboundMessages} reply(ies), {c.Calls} call(s), " +
                    $"{c.SmsOptOuts} SMS opt-out(s), {c.Notes} note(s), {c.Callbacks} callback note(s), {c.WebhookEvents} event payload(s)");
                return 0;
            case SubjectOutcome.Pending:
                await stderr.WriteLineAsync(
                    $"error: still needed: open case(s) [{string.Join(", ", result.OpenCases)}], {result.PendingReplies} unsent reply(ies), " +
                    $"{result.PendingEvents} undelivered event(s); close the cases and let replies and events go out, then run again");
                return 1;
            default:
                await stderr.WriteLineAsync(SubjectArguments.Explain(result.Outcome));
                return result.Outcome == SubjectOutcome.Unknown ? 2 : 1;
        }
    }
}
