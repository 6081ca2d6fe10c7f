using Intake.Core.Languages;

namespace Intake.Host.Tests.Languages;

/// <summary>A customer's plain cancellation in each supported language, and a word only that language's confirmation uses.</summary>
internal static class Declarations
{
    private static readonly Dictionary<string, (string Text, string Word)> ByLanguage = new(StringComparer.Ordinal)
    {
        [SupportedLanguages.Dutch] = ("Hierbij zeg ik mijn abonnement op.", "opzegging"),
        [SupportedLanguages.English] = ("I hereby cancel my subscription.", "cancellation"),
        [SupportedLanguages.German] = ("Hiermit kündige ich mein Abonnement.", "Kündigung"),
    };

    /// <summary>Every supported language; a language added to <see cref="SupportedLanguages"/> without a declaration here fails the tests.</summary>
    public static IEnumerable<string> Languages => SupportedLanguages.All;

    /// <summary>1 for the first supported language, 2 for the next: keeps account numbers apart.</summary>
    public static int Number(string language) => SupportedLanguages.All.ToList().IndexOf(language) + 1;

    public static string Text(string language) => ByLanguage[language].Text;

    public static string Word(string language) => ByLanguage[language].Word;
}
