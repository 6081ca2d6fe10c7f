using System.Globalization;
using System.Text.Json;

namespace Intake.Core.Classification.Statistical;

/// <summary>Reads the labelled dev set (JSON Lines with channel, text, subject, intent, receivedAt) as training examples.</summary>
internal static class TrainingSet
{
    /// <summary>Every *.jsonl file of the directory, in name order, each text as <paramref name="mail"/> reads it.</summary>
    public static IReadOnlyList<LabelledText> LoadDirectory(string directory, MailConventions mail)
    {
        if (!Directory.Exists(directory)) throw new DirectoryNotFoundException($"The classifier's training directory '{directory}' does not exist.");
        var files = Directory.GetFiles(directory, "*.jsonl").Order(StringComparer.Ordinal).ToArray();
        return files.Length == 0
            ? throw new InvalidDataException($"No training sets (*.jsonl) in '{directory}'.")
            : files.SelectMany(file => Load(file, mail)).ToArray();
    }

    public static IReadOnlyList<LabelledText> Load(string path, MailConventions mail)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"The classifier's training set '{path}' does not exist.", path);
        var examples = new List<LabelledText>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                var json = JsonDocument.Parse(line).RootElement;
                var text = new IntakeText(
                    json.GetProperty("text").GetString() ?? "",
                    Optional(json, "channel") ?? "email",
                    DateTimeOffset.Parse(Optional(json, "receivedAt") ?? "2026-01-01T00:00:00Z", CultureInfo.InvariantCulture),
                    Optional(json, "subject"));
                examples.Add(new LabelledText(mail.AnalysedText(text), json.GetProperty("intent").GetString() ?? "", text.Text));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
            {
                throw new InvalidDataException($"{path} line {number}: {e.Message}", e);
            }
        }

        return examples;
    }

    private static string? Optional(JsonElement json, string property) =>
        json.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
