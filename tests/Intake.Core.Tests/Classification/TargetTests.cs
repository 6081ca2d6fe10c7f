using Xunit;
using Xunit.Abstractions;

namespace Intake.Core.Tests.Classification;

/// <summary>
/// The targets of issue #7 on the dev set and on the held-out set (written before the rules were read, never tuned on).
/// The report per set is printed; exact per-message checks stay with the dev set (DevSetTests).
/// </summary>
public sealed class TargetTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("devset.jsonl")]
    [InlineData("heldout.jsonl")]
    public void Classifier_meets_the_issue_targets(string set)
    {
        var card = Scorecard.Measure(LabelledMessage.Load(set), Classifier.Shared);
        output.WriteLine(card.Report(set));

        Assert.True(card.Count >= 300, $"{set} has only {card.Count} messages");
        Assert.Empty(card.TargetsMissed);
    }
}
