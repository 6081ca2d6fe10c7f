using System.Collections.Frozen;
using System.Globalization;
using Intake.Core.Languages;

namespace Intake.Webcare.Text;

/// <summary>The console's words in one of the <see cref="SupportedLanguages"/>; an unknown key shows its last part, so a new event type is still readable.</summary>
public sealed class ConsoleText
{
    private static readonly FrozenDictionary<string, ConsoleText> ByLanguage =
        SupportedLanguages.All.ToFrozenDictionary(language => language, language => new ConsoleText(language), StringComparer.Ordinal);
    private readonly FrozenDictionary<string, string> _entries;

    private ConsoleText(string language)
    {
        Language = language;
        _entries = ConsoleTextEntries.All.ToFrozenDictionary(e => e.Key, e => e.Value.In(language), StringComparer.Ordinal);
    }

    public string Language { get; }

    /// <summary>The culture numbers and dates on a page in this language are written in.</summary>
    public CultureInfo Culture => SupportedLanguages.CultureOf(Language);

    public string this[string key] =>
        _entries.TryGetValue(key, out var text) ? text : key[(key.IndexOf('.', StringComparison.Ordinal) + 1)..].Replace('_', ' ');

    public bool Has(string key) => _entries.ContainsKey(key);

    /// <summary>The texts of a supported language; the default language's for anything else.</summary>
    public static ConsoleText For(string? language) => ByLanguage[SupportedLanguages.Normalise(language)];
}
