using System.Globalization;

namespace Intake.Host.Commands;

/// <summary>`replay (--all | ID...)`: quarantined payloads through the pipeline again, after the fault is fixed.</summary>
internal static class ReplayCommand
{
    public static async Task<int> RunAsync(QuarantineReplayer replayer, IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (args is ["--all"])
        {
            var (accepted, still) = await replayer.ReplayAllAsync(cancellationToken);
            await stdout.WriteLineAsync($"replayed: {accepted} accepted, {still} still quarantined");
            return still == 0 ? 0 : 1;
        }
        if (args.Count == 0 || args.Any(a => !long.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            await stderr.WriteLineAsync("usage: replay --all | replay RAW_PAYLOAD_ID...");
            return 2;
        }
        var failed = 0;
        foreach (var id in args.Select(a => long.Parse(a, CultureInfo.InvariantCulture)))
        {
            var result = await replayer.ReplayAsync(id, cancellationToken);
            var line = result switch
            {
                null => $"{id}: no such raw payload",
                { Result: { } r } => $"{id}: accepted as message {r.MessageId} ({r.Intent}{(r.CaseReference is null ? "" : ", case " + r.CaseReference)}{(r.Duplicate ? ", already accepted" : "")})",
                _ => $"{id}: still quarantined: {result.QuarantineReason}",
            };
            if (result is not { Quarantined: false }) failed++;
            await stdout.WriteLineAsync(line);
        }
        return failed == 0 ? 0 : 1;
    }
}
