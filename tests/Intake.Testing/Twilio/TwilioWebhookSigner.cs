using System.Security.Cryptography;
using System.Text;

namespace Intake.Testing.Twilio;

/// <summary>
/// Signs webhook posts as Twilio does, written from Twilio's documentation and independent of the official library
/// that checks them: Base64(HMAC-SHA1(AuthToken, URL + every parameter's name and value, by name, then by value)).
/// </summary>
public static class TwilioWebhookSigner
{
    public static string Sign(string authToken, string url, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var data = new StringBuilder(url);
        foreach (var (name, value) in parameters.OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal))
            data.Append(name).Append(value);
        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString())));
    }

    /// <summary>A JSON body is signed through the URL: <paramref name="url"/> gets bodySHA256 (lower-case hex), and that URL is signed.</summary>
    public static (string Url, string Signature) SignJson(string authToken, string url, byte[] body)
    {
        var signedUrl = url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "bodySHA256=" + Convert.ToHexStringLower(SHA256.HashData(body));
        return (signedUrl, Sign(authToken, signedUrl, []));
    }
}
