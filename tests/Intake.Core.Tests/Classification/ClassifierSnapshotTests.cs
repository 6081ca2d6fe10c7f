using System.Globalization;
using System.Text.Json;
using Intake.Core.Classification;
using Xunit;

namespace Intake.Core.Tests.Classification;

/// <summary>
/// Guards speed work on the classifier: every result for the dev and held-out sets must equal the recorded snapshot
/// (Fixtures/classifier-snapshot.jsonl). After a deliberate change of behaviour, rewrite the snapshot with
/// INTAKE_WRITE_CLASSIFIER_SNAPSHOT=1 and review its diff.
/// </summary>
public sealed class ClassifierSnapshotTests
{
    private const string SnapshotFile = "classifier-snapshot.jsonl";
    private static readonly string[] Sets = ["devset.jsonl", "heldout.jsonl"];

    [Fact]
    public void Classifier_output_for_the_dev_and_held_out_sets_equals_the_recorded_snapshot()
    {
        var actual = CurrentSnapshot();
        var path = SnapshotPath();
        if (Environment.GetEnvironmentVariable("INTAKE_WRITE_CLASSIFIER_SNAPSHOT") == "1")
        {
            File.WriteAllLines(path, actual);
        }

        var expected = File.ReadAllLines(path).Where(line => line.Length > 0).ToArray();
        var differences = expected.Zip(actual)
            .Where(pair => !string.Equals(pair.First, pair.Second, StringComparison.Ordinal))
            .Select(pair => $"expected {pair.First}{Environment.NewLine}     got {pair.Second}")
            .Take(10)
            .ToList();

        Assert.Equal(expected.Length, actual.Count);
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    private static List<string> CurrentSnapshot() =>
        Sets.SelectMany(set => LabelledMessage.Load(set).Select(message => SnapshotLine(set, message))).ToList();

    private static string SnapshotLine(string set, LabelledMessage message)
    {
        var result = Classifier.Shared.Classify(message.ToIntakeText());
        return JsonSerializer.Serialize(new
        {
            set,
            line = message.Line,
            intent = result.Intent,
            kind = result.Kind,
            confidence = Math.Round(result.Confidence, 3).ToString("0.000", CultureInfo.InvariantCulture),
            reasons = result.Reasons,
            requestedDate = result.RequestedDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            immediate = result.Immediate,
            account = result.AccountNumber,
            reason = result.Reason,
            language = result.Language,
        });
    }

    /// <summary>The snapshot sits next to the held-out sets it records; a missing file is created there on the first write.</summary>
    private static string SnapshotPath()
    {
        var heldOut = RepositoryFiles.Find(Path.Combine("tests", "Intake.Core.Tests", "Classification", "Fixtures", Sets[1]));
        return Path.Combine(Path.GetDirectoryName(heldOut)!, SnapshotFile);
    }
}
