using Intake.Core.Classification.SafetyNet;
using Intake.Testing;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Intake.Core.Classification;

namespace Intake.Benchmarks;

/// <summary>
/// `eng/bench --classifier [--seconds S] [--warmup W]`: classifies the dev and held-out sets over and over on one thread and
/// reports messages per second (issue #16: at least 5,000/s on one core). No host, no database. Next to the wall-clock rate it
/// reports the rate per CPU second the process used, which stays meaningful on a machine shared with other work.
/// </summary>
public static class ClassifierThroughput
{
    public const string Usage = """
        Usage: eng/bench --classifier [--seconds S] [--warmup W]
          --seconds S   length of the measurement in seconds (default 10)
          --warmup W    seconds of classifying before it, unmeasured (default 10)
        """;

    private static readonly string[] Sets =
    [
        Path.Combine("channel-config", "training", "devset.jsonl"),
        Path.Combine("tests", "Intake.Core.Tests", "Classification", "Fixtures", "heldout.jsonl"),
        Path.Combine("tests", "Intake.Core.Tests", "Classification", "Fixtures", "heldout-2026-12.jsonl"),
    ];

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter log)
    {
        var seconds = 10.0;
        var warmup = 10.0;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--seconds" && i + 1 < args.Count && double.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var s) && s > 0)
            {
                seconds = s;
                i++;
            }
            else if (args[i] == "--warmup" && i + 1 < args.Count && double.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var w) && w >= 0)
            {
                warmup = w;
                i++;
            }
            else if (args[i] != "--classifier")
            {
                log.WriteLine(Usage);
                return 2;
            }
        }

        // What the pipeline runs per message: the rules, the model where the rules say other, and the safety net.
        var classifier = TestClassification.Classifier;
        var net = TestClassification.Net;
        var messages = Sets.SelectMany(LoadTexts).ToArray();
        // The JIT tiers the classifier's many rarely taken paths up over several seconds (on another thread, while the
        // code it replaces runs slower): a host classifies for days, so the figure is the rate once that is done.
        Measure(classifier, net, messages, TimeSpan.FromSeconds(warmup));
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var (count, elapsed, allocated) = Measure(classifier, net, messages, TimeSpan.FromSeconds(seconds));
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

        var perSecond = count / elapsed.TotalSeconds;
        var perCpuSecond = count / cpu.TotalSeconds;
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"classifier: {count} messages ({messages.Length} distinct) in {elapsed.TotalSeconds:F1} s on one thread = {perSecond:F0} messages/s wall clock, {perCpuSecond:F0} messages per CPU second ({cpu.TotalSeconds:F1} s CPU), {allocated / count} bytes allocated per message"));
        output.WriteLine(JsonSerializer.Serialize(new
        {
            classifierMessagesPerSecond = Math.Round(perSecond),
            classifierMessagesPerCpuSecond = Math.Round(perCpuSecond),
            microsecondsPerMessage = Math.Round(elapsed.TotalMilliseconds * 1000 / count, 2),
            bytesAllocatedPerMessage = allocated / count,
            distinctMessages = messages.Length,
        }));
        return 0;
    }

    private static (long Count, TimeSpan Elapsed, long Allocated) Measure(IIntentClassifier classifier, CancellationSafetyNet net, IntakeText[] messages, TimeSpan length)
    {
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        long count = 0;
        while (clock.Elapsed < length)
        {
            foreach (var message in messages)
            {
                net.Guard(classifier.Classify(message), message);
            }

            count += messages.Length;
        }

        return (count, clock.Elapsed, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
    }

    private static IEnumerable<IntakeText> LoadTexts(string set)
    {
        var path = FindFixture(set);
        foreach (var line in File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            var json = JsonDocument.Parse(line).RootElement;
            yield return new IntakeText(
                json.GetProperty("text").GetString()!,
                json.TryGetProperty("channel", out var channel) ? channel.GetString()! : "email",
                DateTimeOffset.Parse(json.GetProperty("receivedAt").GetString()!, CultureInfo.InvariantCulture));
        }
    }

    private static string FindFixture(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, relative)))
            {
                return Path.Combine(dir.FullName, relative);
            }
        }

        throw new FileNotFoundException($"'{relative}' not found above '{AppContext.BaseDirectory}'.");
    }
}
