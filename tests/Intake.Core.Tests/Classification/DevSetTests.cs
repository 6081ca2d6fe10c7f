using Xunit;
using Xunit.Abstractions;

namespace Intake.Core.Tests.Classification;

public sealed class DevSetTests(ITestOutputHelper output)
{
    [Fact]
    public void Dev_set_has_at_least_120_messages_in_every_language_and_intent()
    {
        var lines = LabelledMessage.Load("devset.jsonl");

        Assert.True(lines.Count >= 120, $"only {lines.Count} lines");
        Assert.All(new[] { "cancel", "retract", "other", "unclear" }, intent => Assert.Contains(lines, l => l.Intent == intent));
        Assert.All(new[] { "email", "sms", "x", "web" }, channel => Assert.Contains(lines, l => l.Optional("channel") == channel));
    }

    /// <summary>
    /// The rules' reading, before the safety net: the net may still send a message to review (a renewal question, a short
    /// refusal the model is unsure of), which <see cref="TargetTests"/> measures.
    /// </summary>
    [Fact]
    public void Every_dev_set_message_is_classified_as_labelled()
    {
        var lines = LabelledMessage.Load("devset.jsonl");
        var failures = lines
            .Select(line => (line, problems: line.Mismatches(Classifier.Model.Classify(line.ToIntakeText()))))
            .Where(r => r.problems.Count > 0)
            .Select(r => $"line {r.line.Line}: {string.Join("; ", r.problems)} | {r.line.Text.ReplaceLineEndings(" ")}")
            .ToList();
        var intentCorrect = lines.Count(l => Classifier.Model.Classify(l.ToIntakeText()).Intent == l.Intent);
        output.WriteLine($"dev set intent accuracy {intentCorrect}/{lines.Count}");

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
