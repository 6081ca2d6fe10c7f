namespace Intake.Channels.Web.Form.Texts;

/// <summary>The languages the public pages speak: Dutch by default, English and German on request.</summary>
internal static class WebLanguages
{
    public static IReadOnlyList<WebText> All { get; } = [DutchText.Text, EnglishText.Text, GermanText.Text];

    /// <summary>The texts of a supported language, or null; anything else falls back to the caller's choice.</summary>
    public static WebText? Find(string? language) =>
        All.FirstOrDefault(text => string.Equals(text.Language, language?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The requested language, else <paramref name="fallback"/>, else Dutch.</summary>
    public static WebText Choose(string? requested, string? fallback = null) => Find(requested) ?? Find(fallback) ?? DutchText.Text;
}
