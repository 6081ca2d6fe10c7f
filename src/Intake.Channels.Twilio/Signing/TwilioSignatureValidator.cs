using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Twilio.Security;

namespace Intake.Channels.Twilio.Signing;

/// <summary>
/// Checks X-Twilio-Signature with the official library's <see cref="RequestValidator"/> (form or JSON body, with and
/// without the default port). Ours only where the library falls short: it takes one value per parameter name, throws
/// on an empty signature or a malformed bodySHA256, and does not drop an explicit default port (":443") itself.
/// </summary>
internal static class TwilioSignatureValidator
{
    /// <summary>True when <paramref name="signature"/> signs a form post of <paramref name="parameters"/> to <paramref name="url"/>.</summary>
    public static bool IsValid(string authToken, string url, IEnumerable<KeyValuePair<string, string>> parameters, string? signature)
    {
        if (string.IsNullOrEmpty(authToken) || string.IsNullOrEmpty(signature) || !IsAbsolute(url)) return false;
        return new RequestValidator(authToken).Validate(WithoutDefaultPort(url), SigningFields(parameters), signature);
    }

    /// <summary>
    /// A JSON body is signed through its SHA-256 in the bodySHA256 query parameter: the URL alone is signed and the
    /// hash must match the body. Exactly one bodySHA256 is required (the library would take the last of several).
    /// </summary>
    public static bool IsValidJson(string authToken, string url, ReadOnlySpan<byte> body, string? signature)
    {
        if (string.IsNullOrEmpty(authToken) || string.IsNullOrEmpty(signature) || !IsAbsolute(url)) return false;
        var query = QueryHelpers.ParseQuery(new Uri(url).Query);
        if (!query.TryGetValue("bodySHA256", out var hash) || hash.Count != 1 || string.IsNullOrEmpty(hash[0])) return false;
        return new RequestValidator(authToken).Validate(WithoutDefaultPort(url), System.Text.Encoding.UTF8.GetString(body), signature);
    }

    /// <summary>
    /// The fields as the library's one-value-per-name dictionary. Twilio signs a repeated name once per value, values
    /// sorted (name + v1 + name + v2); joining the sorted values with the name gives the library that same string.
    /// </summary>
    private static Dictionary<string, string> SigningFields(IEnumerable<KeyValuePair<string, string>> parameters) =>
        parameters.GroupBy(p => p.Key, StringComparer.Ordinal).ToDictionary(
            group => group.Key,
            group => string.Join(group.Key, group.Select(p => p.Value).Order(StringComparer.Ordinal)),
            StringComparer.Ordinal);

    /// <summary>
    /// The URL without an explicit default port. The library tries the URL as given and its twin with the port added
    /// or removed, but reads ":443" as no port at all, so given "https://host:443/" it never tries "https://host/".
    /// Given the portless form it tries both.
    /// </summary>
    private static string WithoutDefaultPort(string url)
    {
        var uri = new Uri(url);
        if (!uri.IsDefaultPort) return url;
        var authorityEnd = url.IndexOfAny(['/', '?', '#'], url.IndexOf("://", StringComparison.Ordinal) + 3);
        var authority = authorityEnd < 0 ? url : url[..authorityEnd];
        var port = ":" + uri.Port.ToString(CultureInfo.InvariantCulture);
        return authority.EndsWith(port, StringComparison.Ordinal) ? authority[..^port.Length] + url[authority.Length..] : url;
    }

    private static bool IsAbsolute(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
