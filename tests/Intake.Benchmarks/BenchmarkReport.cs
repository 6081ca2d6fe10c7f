using System.Globalization;
using System.Text.Json;

namespace Intake.Benchmarks;

/// <summary>Prints a run's figures as a table for people and one final JSON line for scripts.</summary>
internal static class BenchmarkReport
{
    public static void Print(BenchmarkResult result, TextWriter output)
    {
        var half = result.Half;
        var rows = new List<(string Name, string Value, string Note)>
        {
            ("pg_ceiling_tps", F(result.PgCeilingTps), $"{result.CeilingTool}, 8 connections, single-row INSERT"),
            ("intakes_per_s", F(result.IntakesPerSecond), result.Best is { } best
                ? $"accepted/s at {F(best.TargetRate)}/s offered for {F(best.Duration.TotalSeconds)} s, p99 ack {F(best.Ack.P99)} ms"
                : "no step kept p99 ack within the limit"),
            ("max_served_per_s", F(result.MaxServedPerSecond), "accepted/s at the highest step answered in full without failures (any latency)"),
            ("ack_p50_ms", F(half?.Ack.P50), half is null ? "" : $"at {F(half.TargetRate)}/s for {F(half.Duration.TotalSeconds)} s ({half.Acknowledged} acks)"),
            ("ack_p99_ms", F(half?.Ack.P99), half is null ? "" : $"max {F(half.Ack.Max)} ms, failed {half.Failed}"),
            ("confirm_p50_ms", F(result.Confirm.P50), $"{result.ConfirmCases} cases opened in the half-rate run"),
            ("confirm_p99_ms", F(result.Confirm.P99), $"{result.ConfirmPending} still unsent when measured"),
            ("ratio", F(result.Ratio, "F3"), "intakes_per_s / pg_ceiling_tps"),
            ("host_cpu_ms_per_intake", F(result.Cpu?.MsPerIntake, "F2"), result.Cpu is not { } cpu ? "not measured (no host started by this run)"
                : $"host CPU-s / intakes answered: {cpu.Intakes} at {F(cpu.Rate)}/s after {F(cpu.WarmupMsPerIntake, "F2")} ms each in the warm-up"),
            ("host_rss_mb", F(result.HostRssMb), result.Hosts > 1 ? $"peak of {result.Hosts} hosts" : "peak VmRSS"),
            ("lost", result.Integrity.Lost.ToString(CultureInfo.InvariantCulture), "acknowledged intakes missing from inbound_message"),
            ("duplicate_cases", result.Integrity.DuplicateCases.ToString(CultureInfo.InvariantCulture), "open cases beyond one per contract/sender"),
            ("duplicate_messages", result.Integrity.DuplicateMessages.ToString(CultureInfo.InvariantCulture), "rows beyond one per channel + provider id"),
            ("duplicate_confirmations", result.Integrity.DuplicateConfirmations.ToString(CultureInfo.InvariantCulture), "rows beyond one per case + kind + channel"),
            ("quarantined", result.Integrity.Quarantined.ToString(CultureInfo.InvariantCulture), "valid intakes put in quarantine"),
            ("unsent", result.Integrity.Unsent.ToString(CultureInfo.InvariantCulture), "outbound rows still queued/sending at the end"),
            ("per_host_requests", string.Join(" / ", result.PerHostRequests), "requests sent to each host"),
            ("serial_ack_p50_ms", F(result.Serial.P50), $"one request at a time ({result.Serial.Count}): service time without queueing"),
            ("serial_http_p50_ms", F(result.Baseline.P50), "GET /health/live one at a time: the machine's floor"),
            ("serial_commit_p50_ms", F(result.Commit.P50), "one single-row INSERT commit at a time on one connection"),
            ("accepted_by_channel", string.Join(" / ", result.AcceptedByChannel.Select(c => $"{c.Key} {c.Value}")), "distinct intakes acknowledged in the whole run"),
            ("duration_s", F(result.DurationSeconds), ""),
        };
        rows.AddRange(result.PerIntake.Select(row => ($"  per intake: {row.Name}", F(row.PerIntake, "F2"), "during the half-rate run (database counters)")));
        output.WriteLine();
        foreach (var (name, value, note) in rows)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-24} {value,12}  {note}"));
        output.WriteLine();
        output.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["pg_ceiling_tps"] = Round(result.PgCeilingTps),
            ["intakes_per_s"] = Round(result.IntakesPerSecond),
            ["max_served_per_s"] = Round(result.MaxServedPerSecond),
            ["ack_p50_ms"] = Round(half?.Ack.P50),
            ["ack_p99_ms"] = Round(half?.Ack.P99),
            ["confirm_p50_ms"] = Round(result.Confirm.P50),
            ["confirm_p99_ms"] = Round(result.Confirm.P99),
            ["ratio"] = Math.Round(result.Ratio, 3),
            ["host_cpu_ms_per_intake"] = CpuFigure(cpu => cpu.MsPerIntake),
            ["host_cpu_warmup_ms_per_intake"] = CpuFigure(cpu => cpu.WarmupMsPerIntake),
            ["host_cpu_commits_per_intake"] = CpuFigure(cpu => cpu.CommitsPerIntake),
            ["host_rss_mb"] = Round(result.HostRssMb),
            ["lost"] = result.Integrity.Lost,
            ["duplicate_cases"] = result.Integrity.DuplicateCases,
            ["duplicate_messages"] = result.Integrity.DuplicateMessages,
            ["duplicate_confirmations"] = result.Integrity.DuplicateConfirmations,
            ["serial_ack_p50_ms"] = Round(result.Serial.P50),
            ["serial_http_p50_ms"] = Round(result.Baseline.P50),
            ["serial_commit_p50_ms"] = Round(result.Commit.P50),
            ["hosts"] = result.Hosts,
            ["duration_s"] = Round(result.DurationSeconds),
        }));

        double? CpuFigure(Func<CpuFigures, double> figure) =>
            result.Cpu is { } cpu && !double.IsNaN(figure(cpu)) ? Math.Round(figure(cpu), 2) : null;
    }

    private static string F(double? value, string format = "F1") =>
        value is { } v && !double.IsNaN(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "-";

    // NaN is not JSON: a figure that could not be measured is null.
    private static double? Round(double? value) => value is { } v && !double.IsNaN(v) ? Math.Round(v, 1) : null;
}
