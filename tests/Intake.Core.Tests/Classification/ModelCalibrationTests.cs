using System.Globalization;
using Intake.Core.Classification;
using Intake.Core.Classification.SafetyNet;
using Intake.Core.Classification.Statistical;
using Intake.Core.Model;
using Xunit;
using Xunit.Abstractions;

namespace Intake.Core.Tests.Classification;

/// <summary>
/// The safety net's threshold, checked on the dev sets by 5-fold cross-validation: every message is scored by a
/// model that never saw it, then filed as the pipeline would (rules, model confidence, net).
/// </summary>
public sealed class ModelCalibrationTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<(ModelCalibration.Score Score, IntentResult Rules, bool Cue)>> Scored = new(() =>
    {
        var phrases = PhraseBook.LoadDefault();
        var rules = new RuleBasedIntentClassifier(phrases);
        var net = new CancellationSafetyNet(phrases, otherThreshold: 0);
        var directory = Path.GetDirectoryName(RepositoryFiles.Find(Path.Combine("channel-config", "training", "devset.jsonl")))!;
        return ModelCalibration.OutOfFoldMessages(directory).Select(message =>
        {
            var score = message.Score;
            var text = new IntakeText(message.Whole, "email", Classifier.Tuesday24November2026);
            var result = rules.Classify(text);
            var cue = result.Intent == Intents.Other && net.Guard(result with { Confidence = 1 }, text).Intent != Intents.Other;
            return (score, result, cue);
        }).ToArray();
    });

    [Fact]
    public void At_the_threshold_no_unseen_declaration_is_filed_as_other()
    {
        var threshold = CancellationSafetyNet.DefaultOtherThreshold;
        // What the model alone decides: messages the rules call other and the net finds no cue in.
        var gated = Scored.Value.Where(s => s.Rules.Intent == Intents.Other && !s.Cue).ToArray();
        foreach (var t in new[] { 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9 })
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"threshold {t:0.00}: of {gated.Length} rules-other without a cue, other kept {Kept(gated, Intents.Other, t)}, cancel filed other {Kept(gated, Intents.Cancel, t)}, retract {Kept(gated, Intents.Retract, t)}, unclear {Kept(gated, Intents.Unclear, t)}"));
        }

        var lost = gated.Where(s => s.Score.Intent is Intents.Cancel or Intents.Retract && 1 - s.Score.Declaration >= threshold).ToArray();
        Assert.True(lost.Length == 0, $"{lost.Length} unseen declarations filed other at {threshold}: {string.Join(" | ", lost.Select(l => l.Score.Text))}");
    }

    private static string Kept(IEnumerable<(ModelCalibration.Score Score, IntentResult Rules, bool Cue)> scored, string intent, double threshold)
    {
        var all = scored.Where(s => s.Score.Intent == intent).ToArray();
        return string.Create(CultureInfo.InvariantCulture, $"{all.Count(s => 1 - s.Score.Declaration >= threshold)}/{all.Length}");
    }
}
