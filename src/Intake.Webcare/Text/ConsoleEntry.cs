using Intake.Core.Languages;

namespace Intake.Webcare.Text;

/// <summary>One console text in every supported language.</summary>
internal readonly record struct ConsoleEntry(string Nl, string En, string De)
{
    public static implicit operator ConsoleEntry((string Nl, string En, string De) texts) => new(texts.Nl, texts.En, texts.De);

    /// <summary>The text in <paramref name="language"/>, a supported code; a supported language the console has no column for stops it at start-up.</summary>
    public string In(string language) => language switch
    {
        SupportedLanguages.Dutch => Nl,
        SupportedLanguages.English => En,
        SupportedLanguages.German => De,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "The console has no texts in this language: add a column to ConsoleEntry and ConsoleTextEntries."),
    };
}
