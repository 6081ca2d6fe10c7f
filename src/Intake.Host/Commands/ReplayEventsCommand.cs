using System.Globalization;

namespace Intake.Host.Commands;

/// <summary>`replay-events [--endpoint NAME] (--event ID | --from T [--to T])`: sends events to billing again.</summary>
internal static class ReplayEventsCommand
{
    private const string Usage = "usage: replay-events [--endpoint NAME] (--event ID | --from 2026-11-01T00:00Z [--to 2026-11-02T00:00Z])";

    public static async Task<int> RunAsync(IWebhookDeliveryStore store, IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        string? endpoint = null;
        long? eventId = null;
        DateTimeOffset? from = null, to = null;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            var ok = args[i] switch
            {
                "--endpoint" when value is not null => Set(() => endpoint = value),
                "--event" when long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) => Set(() => eventId = id),
                "--from" when TryTime(value, out var t) => Set(() => from = t),
                "--to" when TryTime(value, out var t) => Set(() => to = t),
                _ => false,
            };
            if (!ok)
            {
                await stderr.WriteLineAsync(Usage);
                return 2;
            }
            i++;
        }
        if (eventId is null && from is null)
        {
            await stderr.WriteLineAsync(Usage);
            return 2;
        }
        var count = await store.ReplayAsync(endpoint, eventId, from, to, cancellationToken);
        await stdout.WriteLineAsync($"{count} deliveries queued again; a running host sends them");
        return 0;
    }

    private static bool Set(Action set)
    {
        set();
        return true;
    }

    private static bool TryTime(string? value, out DateTimeOffset time) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out time);
}
