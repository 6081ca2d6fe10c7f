using System.Text.Json;
using System.Text.Json.Serialization;
using Intake.Core.Languages;

namespace Intake.Channels.Web.Form.Texts;

/// <summary>The public pages' texts for every <see cref="SupportedLanguages"/> language, the default first.</summary>
internal static class WebLanguages
{
    private static readonly JsonSerializerOptions JsonOptions = new() { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

    /// <summary>One text per supported language, in their order; a supported language without texts fails at start-up, not on a page.</summary>
    public static IReadOnlyList<WebText> All { get; } = [.. SupportedLanguages.All.Select(Load)];

    /// <summary>The texts of a supported language, or null; anything else falls back to the caller's choice.</summary>
    public static WebText? Find(string? language) =>
        SupportedLanguages.Find(language) is { } code ? All.FirstOrDefault(text => text.Language == code) : null;

    /// <summary>The requested language, else <paramref name="fallback"/>, else the default language.</summary>
    public static WebText Choose(string? requested, string? fallback = null) =>
        Find(requested) ?? Find(fallback) ?? Find(SupportedLanguages.Default)!;

    /// <summary>Form/Texts/{language}.json, embedded in this assembly (a missing or an unknown text is an error).</summary>
    private static WebText Load(string language)
    {
        using var stream = typeof(WebLanguages).Assembly.GetManifestResourceStream($"web-text.{language}.json")
            ?? throw new InvalidOperationException($"The web form has no texts for supported language '{language}' (Form/Texts/{language}.json).");
        var text = JsonSerializer.Deserialize<WebText>(stream, JsonOptions)
            ?? throw new InvalidOperationException($"Form/Texts/{language}.json is empty.");
        return text with { Language = language };
    }
}
