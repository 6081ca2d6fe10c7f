using System.Globalization;
using Intake.Core.Classification;
using Intake.Core.Classification.SafetyNet;
using Intake.Core.Classification.Statistical;
using Intake.Core.Model;
using Xunit;
using Xunit.Abstractions;

namespace Intake.Core.Tests.Classification;

/// <summary>The safety net's threshold, checked against the model's out-of-fold scores on the dev set.</summary>
public sealed class ModelCalibrationTests(ITestOutputHelper output)
{
    [Fact]
    public void At_the_threshold_no_unseen_cancellation_or_retraction_scores_as_confidently_other()
    {
        var scores = ModelCalibration.OutOfFold(Path.GetDirectoryName(RepositoryFiles.Find(Path.Combine("channel-config", "training", "devset.jsonl")))!);
        var threshold = CancellationSafetyNet.DefaultOtherThreshold;
        foreach (var t in new[] { 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9 })
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"threshold {t:0.00}: other kept {Share(scores, Intents.Other, t)}, cancel above {Share(scores, Intents.Cancel, t)}, retract above {Share(scores, Intents.Retract, t)}, unclear above {Share(scores, Intents.Unclear, t)}"));
        }

        foreach (var t in new[] { 0.2, 0.3, 0.4, 0.5, 0.6 })
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"declaration >= {t:0.00}: other flagged {scores.Count(s => s.Intent == Intents.Other && s.Declaration >= t)}/105, cancel caught {scores.Count(s => s.Intent == Intents.Cancel && s.Declaration >= t)}, retract caught {scores.Count(s => s.Intent == Intents.Retract && s.Declaration >= t)}, unclear flagged {scores.Count(s => s.Intent == Intents.Unclear && s.Declaration >= t)}"));
        }

        foreach (var t in new[] { 0.3, 0.4, 0.5, 0.6, 0.7, 0.8 })
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"confidence >= {t:0.00}: other kept {scores.Count(s => s.Intent == Intents.Other && 1 - s.Declaration >= t)}/{scores.Count(s => s.Intent == Intents.Other)}, declarations kept {scores.Count(s => s.Intent is Intents.Cancel or Intents.Retract && 1 - s.Declaration >= t)}/{scores.Count(s => s.Intent is Intents.Cancel or Intents.Retract)}"));
        }

        var declarationsAbove = scores.Count(s => s.Intent is Intents.Cancel or Intents.Retract && s.Other >= threshold);
        var declarations = scores.Count(s => s.Intent is Intents.Cancel or Intents.Retract);
        Assert.True(declarationsAbove <= declarations / 100, $"{declarationsAbove} of {declarations} unseen declarations score other >= {threshold}");
    }

    private static string Share(IReadOnlyList<ModelCalibration.Score> scores, string intent, double threshold)
    {
        var all = scores.Count(s => s.Intent == intent);
        var above = scores.Count(s => s.Intent == intent && s.Other >= threshold);
        return string.Create(CultureInfo.InvariantCulture, $"{above}/{all}");
    }
}
