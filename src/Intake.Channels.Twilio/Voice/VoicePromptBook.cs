using System.Text.Json;
using Intake.Core.Configuration;
using Intake.Core.Languages;

namespace Intake.Channels.Twilio.Voice;

/// <summary>The IVR's prompts for every <see cref="SupportedLanguages"/> language, loaded once from channel-config/voice/{lang}.json.</summary>
internal sealed class VoicePromptBook
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Dictionary<string, VoicePrompts> _prompts = new(StringComparer.Ordinal);

    public VoicePromptBook(string channelConfigDirectory)
    {
        foreach (var language in SupportedLanguages.All)
        {
            // A supported language without prompts stops the host at start-up, not a caller mid-call.
            var path = Path.Combine(channelConfigDirectory, "voice", language + ".json");
            if (!File.Exists(path)) throw new FileNotFoundException($"The IVR has no prompts for supported language '{language}'.", path);
            var prompts = JsonSerializer.Deserialize<VoicePrompts>(File.ReadAllText(path), Json) ?? throw new InvalidDataException($"{path} is empty.");
            _prompts[language] = prompts with { Language = language };
        }
    }

    public static VoicePromptBook FromConfig(string? configured) => new(ChannelConfigDirectory.Find(configured));

    /// <summary>The prompts in <paramref name="language"/>; the default language's for anything else.</summary>
    public VoicePrompts For(string? language) => _prompts[Normalise(language)];

    /// <summary>The languages a caller may switch to from the first menu, each with its menu key.</summary>
    public IEnumerable<VoicePrompts> Offered => SupportedLanguages.All.Select(language => _prompts[language]).Where(p => p.MenuKey is not null);

    /// <summary>The language a menu key (or a language's name, spoken) chooses, or null.</summary>
    public string? LanguageChosenBy(string? key) => Offered.FirstOrDefault(p => p.MenuKey == key)?.Language;

    /// <summary>The menu key of the language a caller named ("English", "Deutsch"), or null.</summary>
    public string? KeyOfNamedLanguage(string speech) =>
        Offered.FirstOrDefault(p => p.LanguageWords.Any(word => speech.Contains(word, StringComparison.OrdinalIgnoreCase)))?.MenuKey;

    public static string Normalise(string? language) => SupportedLanguages.Normalise(language);
}
