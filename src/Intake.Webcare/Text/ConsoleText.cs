using System.Collections.Frozen;

namespace Intake.Webcare.Text;

/// <summary>The console's words in Dutch or English; an unknown key shows its last part, so a new event type is still readable.</summary>
public sealed class ConsoleText
{
    private static readonly ConsoleText Dutch = new("nl");
    private static readonly ConsoleText English = new("en");
    private readonly FrozenDictionary<string, string> _entries;

    private ConsoleText(string language)
    {
        Language = language;
        _entries = ConsoleTextEntries.All.ToFrozenDictionary(e => e.Key, e => language == "en" ? e.Value.En : e.Value.Nl, StringComparer.Ordinal);
    }

    public string Language { get; }

    public string this[string key] =>
        _entries.TryGetValue(key, out var text) ? text : key[(key.IndexOf('.', StringComparison.Ordinal) + 1)..].Replace('_', ' ');

    public bool Has(string key) => _entries.ContainsKey(key);

    public static ConsoleText For(string? language) => language == "en" ? English : Dutch;
}
