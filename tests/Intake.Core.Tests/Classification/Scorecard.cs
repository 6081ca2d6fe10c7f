using System.Globalization;
using System.Text;
using Intake.Core.Classification;
using Intake.Core.Model;

namespace Intake.Core.Tests.Classification;

/// <summary>How the classifier does on a labelled set, measured against the targets of issue #7.</summary>
public sealed class Scorecard
{
    private readonly IReadOnlyList<(LabelledMessage Line, IntentResult Result)> _results;

    private Scorecard(IReadOnlyList<(LabelledMessage, IntentResult)> results) => _results = results;

    public static Scorecard Measure(IReadOnlyList<LabelledMessage> lines, IIntentClassifier classifier) =>
        new(lines.Select(l => (l, classifier.Classify(l.ToIntakeText()))).ToArray());

    public int Count => _results.Count;

    public int Confused(string expected, string actual) =>
        _results.Count(r => r.Line.Intent == expected && r.Result.Intent == actual);

    /// <summary>Cancellations and retractions filed as other: the failure customers complain about.</summary>
    public int DeclarationsLost => Confused(Intents.Cancel, Intents.Other) + Confused(Intents.Retract, Intents.Other);

    /// <summary>Labelled cancellations whose kind came out as labelled (an unclear result has no kind, so it counts as wrong).</summary>
    public Ratio KindRight => Over(r => r.Line.Intent == Intents.Cancel && r.Line.Has("kind"), r => r.Result.Kind == r.Line.Optional("kind"));

    public Ratio OtherAsCancel => Over(r => r.Line.Intent == Intents.Other, r => r.Result.Intent == Intents.Cancel);

    public Ratio UnclearShare => Over(_ => true, r => r.Result.Intent == Intents.Unclear);

    /// <summary>
    /// Sent to review although a careful agent decides it: the review load the classifier adds. The target is set
    /// on this, since a set rich in hard cases can hold more than 10% genuinely unclear messages (the dev set holds 17.5%).
    /// </summary>
    public Ratio NeedlessUnclear => Over(_ => true, r => r.Result.Intent == Intents.Unclear && r.Line.Intent != Intents.Unclear);

    /// <summary>Messages that state a date or "as soon as possible": both the date and the immediate flag must come out as labelled.</summary>
    public Ratio DatesRight => Over(
        r => r.Line.Optional("requestedDate") is not null || IsImmediate(r.Line),
        r => r.Line.Mismatches(r.Result).All(m => !m.StartsWith("requestedDate", StringComparison.Ordinal) && !m.StartsWith("immediate", StringComparison.Ordinal)));

    public Ratio AccountsRight => Over(r => r.Line.Optional("accountNumber") is not null, r => r.Result.AccountNumber == r.Line.Optional("accountNumber"));

    /// <summary>Messages labelled with no account number (a phone number, IBAN or postcode only) that got one anyway.</summary>
    public Ratio AccountsInvented => Over(r => r.Line.Has("accountNumber") && r.Line.Optional("accountNumber") is null, r => r.Result.AccountNumber is not null);

    public Ratio ReasonsRight => Over(r => r.Line.Optional("reason") is not null, r => r.Result.Reason == r.Line.Optional("reason"));

    public Ratio LanguageRight => Over(r => r.Line.Optional("language") is not null, r => r.Result.Language == r.Line.Optional("language"));

    /// <summary>The targets of issue #16; on a held-out set the unclear share counts raw (every unclear), on a dev set needless ones.</summary>
    public IReadOnlyList<string> Missed(bool heldOut)
    {
        var missed = new List<string>();
        if (heldOut && UnclearShare.Share > 0.10) missed.Add($"unclear {UnclearShare} of all (target <= 10%)");
        if (DeclarationsLost > 0) missed.Add($"{DeclarationsLost} cancel/retract classified other (target 0)");
        if (KindRight.Share < 0.90) missed.Add($"kind right {KindRight} (target >= 90%)");
        if (OtherAsCancel.Share >= 0.05) missed.Add($"other as cancel {OtherAsCancel} (target < 5%)");
        if (!heldOut && NeedlessUnclear.Share >= 0.10) missed.Add($"needless unclear {NeedlessUnclear} of all (target < 10%)");
        if (DatesRight.Share < 0.95) missed.Add($"dates right {DatesRight} (target >= 95%)");
        if (AccountsRight.Share < 0.95) missed.Add($"account numbers right {AccountsRight} (target >= 95%)");
        return missed;
    }

    /// <summary>Per category (the "category" field of a line): count, intent right, declarations lost, other read as cancel, unclear.</summary>
    public string CategoryReport()
    {
        var report = new StringBuilder();
        report.AppendLine("category             n  right  lost  other>cancel  unclear");
        foreach (var group in _results.GroupBy(r => r.Line.Optional("category") ?? "-").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var n = group.Count();
            var right = group.Count(r => r.Result.Intent == r.Line.Intent);
            var lost = group.Count(r => r.Line.Intent is Intents.Cancel or Intents.Retract && r.Result.Intent == Intents.Other);
            var otherAsCancel = group.Count(r => r.Line.Intent == Intents.Other && r.Result.Intent == Intents.Cancel);
            var unclear = group.Count(r => r.Result.Intent == Intents.Unclear);
            report.AppendLine(CultureInfo.InvariantCulture, $"{group.Key,-18}{n,4}{right,7}{lost,6}{otherAsCancel,14}{unclear,9}");
        }

        return report.ToString();
    }

    /// <summary>The figures; with <paramref name="messages"/> also every mismatching message (never for a held-out set one may not read).</summary>
    public string Report(string name, bool messages = true)
    {
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"== {name}: {Count} messages");
        report.AppendLine("class      precision  recall   (labelled / classified)");
        foreach (var intent in Intents.All)
        {
            var labelled = _results.Count(r => r.Line.Intent == intent);
            var classified = _results.Count(r => r.Result.Intent == intent);
            var right = Confused(intent, intent);
            report.AppendLine(CultureInfo.InvariantCulture, $"{intent,-10} {Percent(right, classified),9}  {Percent(right, labelled),6}   ({labelled} / {classified})");
        }

        report.AppendLine("confusion (rows labelled, columns classified):");
        report.AppendLine(CultureInfo.InvariantCulture, $"{"",-10}{string.Concat(Intents.All.Select(i => $"{i,9}"))}");
        foreach (var expected in Intents.All)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"{expected,-10}{string.Concat(Intents.All.Select(actual => $"{Confused(expected, actual),9}"))}");
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"cancel/retract as other: {DeclarationsLost}");
        report.AppendLine(CultureInfo.InvariantCulture, $"kind right over cancellations: {KindRight}");
        report.AppendLine(CultureInfo.InvariantCulture, $"other as cancel: {OtherAsCancel}");
        report.AppendLine(CultureInfo.InvariantCulture, $"unclear of all: {UnclearShare}; of which not labelled unclear: {NeedlessUnclear}");
        report.AppendLine(CultureInfo.InvariantCulture, $"dates right: {DatesRight}");
        report.AppendLine(CultureInfo.InvariantCulture, $"account numbers right: {AccountsRight}; invented where there is none: {AccountsInvented}");
        report.AppendLine(CultureInfo.InvariantCulture, $"reasons right: {ReasonsRight}; language right: {LanguageRight}");
        var missed = Missed(heldOut: !messages);
        report.AppendLine(missed.Count == 0 ? "targets: all met" : $"targets missed: {string.Join("; ", missed)}");
        foreach (var (line, result) in messages ? _results : [])
        {
            var problems = line.Mismatches(result);
            if (problems.Count > 0)
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"  line {line.Line}: {string.Join("; ", problems)} [{string.Join(", ", result.Reasons)}] {line.Text.ReplaceLineEndings(" ")}");
            }
        }

        return report.ToString();
    }

    private Ratio Over(Func<(LabelledMessage Line, IntentResult Result), bool> counted, Func<(LabelledMessage Line, IntentResult Result), bool> right)
    {
        var population = _results.Where(counted).ToArray();
        return new Ratio(population.Count(right), population.Length);
    }

    private static bool IsImmediate(LabelledMessage line) =>
        line.Json.TryGetProperty("immediate", out var immediate) && immediate.GetBoolean();

    private static string Percent(int part, int whole) => whole == 0 ? "-" : ((double)part / whole).ToString("P1", CultureInfo.InvariantCulture);
}
