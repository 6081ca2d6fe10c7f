using System.Text.Json;
using Intake.Core.Console;
using Intake.Core.Identity;
using Intake.Webcare.Text;

namespace Intake.Webcare.Cases;

/// <summary>Merges a case's messages, replies, audit events and notes into one timeline, oldest first.</summary>
public static class CaseTimeline
{
    public static IReadOnlyList<TimelineEntry> Build(CaseFile file, ConsoleText text, IReadOnlyDictionary<string, string> staffNames)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(text);
        string Who(string actor) => staffNames.TryGetValue(actor, out var name) ? name
            : actor.StartsWith("ivr:", StringComparison.Ordinal) ? text["actor.ivr"] : text["actor." + actor];
        var entries = new List<(TimelineEntry Entry, int Order)>();
        foreach (var m in file.Messages)
            entries.Add((new TimelineEntry(m.ReceivedAt, "message", $"{text["timeline.message"]} · {text["channel." + m.Channel]}",
                m.DisplayName is { } name ? $"{name} ({m.SenderAddress})" : m.SenderAddress, m.Channel, text["intent." + m.Intent],
                m.Subject, m.BodyText), 0));
        foreach (var r in file.Replies)
        {
            var failed = r.Status is "failed" or "undelivered";
            entries.Add((new TimelineEntry(r.CreatedAt, "reply", $"{text["timeline.reply"]} · {text["kind." + r.Kind]} · {text["channel." + r.Channel]}",
                r.Recipient, r.Channel, text["outbound." + r.Status], failed ? r.LastError : r.Subject, r.Body, r.Id, failed), 1));
        }
        foreach (var e in file.Events)
            entries.Add((new TimelineEntry(e.At, "event", text["event." + e.Type], Who(e.Actor), Detail: Describe(e.Data, text, Who)), 2));
        foreach (var n in file.Notes)
            entries.Add((new TimelineEntry(n.CreatedAt, "note", text["timeline.note"], Who(n.Author), Body: n.Body), 3));
        return [.. entries.OrderBy(e => e.Entry.At).ThenBy(e => e.Order).Select(e => e.Entry)];
    }

    /// <summary>Audit data as "key: value" pairs; codes are translated, ids and times shown as they are.</summary>
    private static string Describe(string json, ConsoleText text, Func<string, string> who)
    {
        using var document = JsonDocument.Parse(json);
        var parts = new List<string>();
        foreach (var property in document.RootElement.EnumerateObject())
        {
            var value = property.Value.ValueKind switch
            {
                JsonValueKind.String when property.Value.TryGetDateTimeOffset(out var at) && property.Name.EndsWith("At", StringComparison.Ordinal) => ConsoleTime.Format(at),
                JsonValueKind.String when property.Name is "assignee" or "previousAssignee" => who(property.Value.GetString()!),
                JsonValueKind.String => Translate(property.Name, property.Value.GetString()!, text),
                JsonValueKind.Null => "—",
                _ => property.Value.GetRawText(),
            };
            parts.Add($"{text["data." + property.Name]}: {value}");
        }
        return string.Join(" · ", parts);
    }

    private static string Translate(string name, string value, ConsoleText text) => name switch
    {
        "from" or "to" or "status" when text.Has("status." + value) => text["status." + value],
        "status" or "previousStatus" when text.Has("outbound." + value) => text["outbound." + value],
        "channel" => text["channel." + value],
        "reason" or "previous" when text.Has("reason." + value) => text["reason." + value],
        "reason" when text.Has("dismiss." + value) => text["dismiss." + value],
        "kind" when text.Has("kind." + value) => text["kind." + value],
        "from" or "to" when text.Has("intent." + value) => text["intent." + value],
        // Audit data holds no personal data by design; free strings are redacted anyway in case a writer slipped one in.
        _ => PersonalDataRedactor.Redact(value),
    };
}
