using Xunit;
using Xunit.Abstractions;

namespace Intake.Core.Tests.Classification;

/// <summary>Phrasings written before the phrase lists were tuned and never tuned on: the honest accuracy figure.</summary>
public sealed class HoldoutTests(ITestOutputHelper output)
{
    private const double RequiredIntentAccuracy = 0.9;

    [Fact]
    public void Holdout_intent_accuracy_is_at_least_90_percent()
    {
        var lines = LabelledMessage.Load("holdout.jsonl");
        var results = lines.Select(l => (line: l, result: Classifier.Shared.Classify(l.ToIntakeText()))).ToList();
        var wrong = results.Where(r => r.result.Intent != r.line.Intent).ToList();
        var accuracy = (double)(lines.Count - wrong.Count) / lines.Count;
        foreach (var (line, result) in wrong)
        {
            output.WriteLine($"line {line.Line}: expected {line.Intent}, got {result.Intent} [{string.Join(", ", result.Reasons)}] {line.Text}");
        }

        var fieldMismatches = results.SelectMany(r => r.line.Mismatches(r.result).Where(m => !m.StartsWith("intent", StringComparison.Ordinal))).Count();
        output.WriteLine($"holdout intent accuracy {lines.Count - wrong.Count}/{lines.Count} = {accuracy:P1}; other field mismatches: {fieldMismatches}");

        Assert.Equal(30, lines.Count);
        Assert.True(accuracy >= RequiredIntentAccuracy, $"holdout intent accuracy {accuracy:P1} is below {RequiredIntentAccuracy:P0}");
    }
}
