using System.Text.Json;
using Intake.Core.Classification;

namespace Intake.Core.Tests.Classification;

/// <summary>One line of a labelled fixture (devset.jsonl, holdout.jsonl); absent fields are not asserted, explicit nulls are.</summary>
public sealed record LabelledMessage(int Line, JsonElement Json)
{
    public string Text => Json.GetProperty("text").GetString()!;

    public string Intent => Json.GetProperty("intent").GetString()!;

    public IntakeText ToIntakeText() => new(
        Text,
        Optional("channel") ?? "email",
        DateTimeOffset.Parse(Json.GetProperty("receivedAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
        Optional("subject"));

    public bool Has(string property) => Json.TryGetProperty(property, out _);

    public string? Optional(string property) =>
        Json.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>What differs between the labels and the result, one entry per field; empty when all agree.</summary>
    public IReadOnlyList<string> Mismatches(IntentResult result)
    {
        var problems = new List<string>();
        void Check(string property, string? actual)
        {
            if (Has(property) && !string.Equals(Optional(property), actual, StringComparison.Ordinal))
            {
                problems.Add($"{property}: expected {Optional(property) ?? "null"}, got {actual ?? "null"}");
            }
        }

        Check("intent", result.Intent);
        Check("kind", result.Kind);
        Check("requestedDate", result.RequestedDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Check("accountNumber", result.AccountNumber);
        Check("reason", result.Reason);
        Check("language", result.Language);
        if (Json.TryGetProperty("immediate", out var immediate) && immediate.GetBoolean() != result.Immediate)
        {
            problems.Add($"immediate: expected {immediate.GetBoolean()}, got {result.Immediate}");
        }

        return problems;
    }

    public static IReadOnlyList<LabelledMessage> Load(string fileName)
    {
        // The dev set is the model's training data, so it ships with the configuration; the held-out sets stay with the tests.
        var path = fileName.StartsWith("devset", StringComparison.Ordinal)
            ? RepositoryFiles.Find(Path.Combine("channel-config", "training", fileName))
            : RepositoryFiles.Find(Path.Combine("tests", "Intake.Core.Tests", "Classification", "Fixtures", fileName));
        return File.ReadAllLines(path)
            .Select((line, index) => (line, index))
            .Where(l => !string.IsNullOrWhiteSpace(l.line))
            .Select(l => new LabelledMessage(l.index + 1, JsonDocument.Parse(l.line).RootElement.Clone()))
            .ToArray();
    }
}
