using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Intake.Channels.Twilio.Signing;

/// <summary>Checks X-Twilio-Signature the way Twilio's libraries do: with and without the default port, form or JSON body.</summary>
internal static class TwilioSignatureValidator
{
    /// <summary>True when <paramref name="signature"/> signs a form post of <paramref name="parameters"/> to <paramref name="url"/>.</summary>
    public static bool IsValid(string authToken, string url, IEnumerable<KeyValuePair<string, string>> parameters, string? signature)
    {
        if (string.IsNullOrEmpty(authToken) || string.IsNullOrEmpty(signature)) return false;
        var list = parameters as IReadOnlyCollection<KeyValuePair<string, string>> ?? [.. parameters];
        return UrlVariants(url).Any(variant => Matches(TwilioSignature.Compute(authToken, variant, list), signature));
    }

    /// <summary>
    /// A JSON body is signed through its SHA-256 in the bodySHA256 query parameter: the URL alone is signed and
    /// the hash must match the body.
    /// </summary>
    public static bool IsValidJson(string authToken, string url, ReadOnlySpan<byte> body, string? signature)
    {
        var query = url.IndexOf('?', StringComparison.Ordinal) is var q and >= 0 ? QueryHelpers.ParseQuery(url[q..]) : [];
        if (!query.TryGetValue("bodySHA256", out var expected) || expected.Count != 1) return false;
        if (!Matches(TwilioSignature.BodyHash(body), expected[0]!)) return false;
        return IsValid(authToken, url, [], signature);
    }

    /// <summary>The URL as given and its twin with the default port added or removed.</summary>
    public static IEnumerable<string> UrlVariants(string url)
    {
        yield return url;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) yield break;
        var defaultPort = uri.Scheme == "https" ? 443 : 80;
        var authorityEnd = url.IndexOf('/', url.IndexOf("://", StringComparison.Ordinal) + 3);
        var authority = authorityEnd < 0 ? url : url[..authorityEnd];
        var rest = authorityEnd < 0 ? "" : url[authorityEnd..];
        var explicitPort = authority.LastIndexOf(':') > authority.IndexOf("://", StringComparison.Ordinal) + 2 && !authority.EndsWith(']');
        if (explicitPort && uri.Port == defaultPort)
            yield return authority[..authority.LastIndexOf(':')] + rest;
        else if (!explicitPort)
            yield return $"{authority}:{defaultPort.ToString(System.Globalization.CultureInfo.InvariantCulture)}{rest}";
    }

    private static bool Matches(string computed, string given) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(computed), Encoding.UTF8.GetBytes(given));
}
