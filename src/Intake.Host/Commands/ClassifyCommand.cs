using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Intake.Core.Classification;
using Intake.Core.Classification.SafetyNet;
using ChannelValues = Intake.Core.Model.Channels;

namespace Intake.Host.Commands;

/// <summary>
/// `classify`: JSON Lines in ({"id","channel","text","receivedAt"?}), exactly one JSON line out per input line,
/// nothing else on stdout. A bad line gets an error line for its id (or line number) and the rest go on.
/// </summary>
public static class ClassifyCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    public static async Task<int> RunAsync(IIntentClassifier classifier, CancellationSafetyNet net, TextReader stdin, TextWriter stdout, TimeProvider time, CancellationToken cancellationToken)
    {
        var lineNumber = 0;
        var failures = 0;
        while (await stdin.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            string output;
            try
            {
                output = Classify(classifier, net, line, time);
            }
            catch (Exception e) when (e is JsonException or FormatException or ArgumentException or InvalidOperationException)
            {
                failures++;
                output = JsonSerializer.Serialize(new { id = IdOf(line) ?? (object)lineNumber, error = e.Message }, Json);
            }
            await stdout.WriteLineAsync(output.AsMemory(), cancellationToken);
        }
        await stdout.FlushAsync(cancellationToken);
        return failures == 0 ? 0 : 1;
    }

    private static string Classify(IIntentClassifier classifier, CancellationSafetyNet net, string line, TimeProvider time)
    {
        var input = JsonSerializer.Deserialize<ClassifyInput>(line, Json) ?? throw new JsonException("line is not a JSON object");
        if (input.Id.ValueKind is not (JsonValueKind.String or JsonValueKind.Number)) throw new FormatException("\"id\" is required (a string or number)");
        if (input.Text is null) throw new FormatException("\"text\" is required");
        var receivedAt = input.ReceivedAt is { } at
            ? DateTimeOffset.Parse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
            : time.GetUtcNow();
        // As the pipeline files it: the classifier's reading (new text with the quote it answers) behind the safety net.
        var classified = ClassifiedText.Of(input.Text);
        var text = new IntakeText(classified.Read, input.Channel ?? ChannelValues.Api, receivedAt, input.Subject);
        var result = net.Guard(classifier.Classify(text), text with { Text = classified.Guarded });
        return JsonSerializer.Serialize(new
        {
            id = input.Id,
            intent = result.Intent,
            kind = result.Kind,
            confidence = Math.Round(result.Confidence, 3),
            reasons = result.Reasons,
            requestedDate = result.RequestedDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            accountNumber = result.AccountNumber,
            reason = result.Reason,
            language = result.Language,
        }, Json);
    }

    private static object? IdOf(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("id", out var id)
                && id.ValueKind is JsonValueKind.String or JsonValueKind.Number ? id.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record ClassifyInput(JsonElement Id, string? Channel, string? Text, string? ReceivedAt, string? Subject);
}
