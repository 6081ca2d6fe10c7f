using System.Net;
using System.Text.RegularExpressions;

namespace Intake.Channels.Web.Tests;

/// <summary>A fetched page: status, headers that matter here, and the HTML with a few ways to read it.</summary>
public sealed partial record Page(HttpStatusCode Status, string Html, string? Location, string? ContentType)
{
    public static async Task<Page> ReadAsync(HttpResponseMessage response) => new(
        response.StatusCode, await response.Content.ReadAsStringAsync(),
        response.Headers.Location?.OriginalString, response.Content.Headers.ContentType?.ToString());

    /// <summary>The name and value of every hidden input, decoded.</summary>
    public IEnumerable<KeyValuePair<string, string>> HiddenFields() =>
        HiddenInput().Matches(Html).Select(m => KeyValuePair.Create(WebUtility.HtmlDecode(m.Groups[1].Value), WebUtility.HtmlDecode(m.Groups[2].Value)));

    public string Hidden(string name) => HiddenFields().Single(f => f.Key == name).Value;

    /// <summary>The value attribute of the input named <paramref name="name"/>, decoded.</summary>
    public string? InputValue(string name)
    {
        var match = Regex.Match(Html, $"<input [^>]*name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    /// <summary>The text of the textarea named <paramref name="name"/>, decoded.</summary>
    public string? TextAreaValue(string name)
    {
        var match = Regex.Match(Html, $"<textarea [^>]*name=\"{Regex.Escape(name)}\"[^>]*>([^<]*)</textarea>");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    /// <summary>The error shown next to a field (the element with id f-{name}-error).</summary>
    public string? ErrorFor(string name)
    {
        var match = Regex.Match(Html, $"id=\"f-{Regex.Escape(name)}-error\">([^<]*)<");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    public bool Contains(string text) => WebUtility.HtmlDecode(Html).Contains(text, StringComparison.Ordinal);

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenInput();
}
