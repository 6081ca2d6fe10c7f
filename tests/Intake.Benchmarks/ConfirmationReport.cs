using System.Globalization;
using System.Text.Json;

namespace Intake.Benchmarks;

/// <summary>Prints a confirmation drain as a short table for people and one JSON line for scripts.</summary>
internal static class ConfirmationReport
{
    public static void Print(ConfirmationResult result, TextWriter output)
    {
        var rows = new (string Name, string Value, string Note)[]
        {
            ("confirmations_per_s", F(result.PerSecond), $"rows handed to the providers per second, first to last (goal 1000)"),
            ("backlog", N(result.Backlog), "replies queued by the pipeline before the dispatcher ran"),
            ("drained", N(result.Drained), string.Join(" / ", result.ByStatus.Select(s => $"{s.Key} {s.Value}"))),
            ("by_channel", "", string.Join(" / ", result.ByChannel.Select(c => $"{c.Key} {c.Value}"))),
            ("sends_taken", N(result.SendsTaken), "sends the fake Twilio, X and SMTP servers took"),
            ("duplicates", N(result.Duplicates), "messages a fake provider took more than once"),
            ("left", N(result.Left), "rows still queued or sending at the end"),
            ("send_s", F(result.SendSeconds), "first to last sent_at"),
            ("drain_s", F(result.DrainSeconds), "from starting the draining host to an empty outbox"),
            ("duration_s", F(result.DurationSeconds), "whole run, seeding included"),
        };
        output.WriteLine();
        foreach (var (name, value, note) in rows)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-22} {value,10}  {note}"));
        output.WriteLine();
        output.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["confirmations_per_s"] = Round(result.PerSecond),
            ["backlog"] = result.Backlog,
            ["drained"] = result.Drained,
            ["duplicates"] = result.Duplicates,
            ["left"] = result.Left,
            ["send_s"] = Round(result.SendSeconds),
            ["drain_s"] = Round(result.DrainSeconds),
            ["duration_s"] = Round(result.DurationSeconds),
        }));
    }

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string F(double value) => double.IsNaN(value) ? "-" : value.ToString("F1", CultureInfo.InvariantCulture);

    private static double? Round(double value) => double.IsNaN(value) ? null : Math.Round(value, 1);
}
