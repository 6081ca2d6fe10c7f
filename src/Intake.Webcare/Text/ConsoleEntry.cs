using Intake.Core.Languages;

namespace Intake.Webcare.Text;

/// <summary>One console text in every supported language.</summary>
internal readonly record struct ConsoleEntry(string Nl, string En, string De)
{
    public static implicit operator ConsoleEntry((string Nl, string En, string De) texts) => new(texts.Nl, texts.En, texts.De);

    /// <summary>The text in <paramref name="language"/> (a supported code; the default language's for anything else).</summary>
    public string In(string language) => language switch
    {
        SupportedLanguages.English => En,
        SupportedLanguages.German => De,
        _ => Nl,
    };
}
