using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Intake.Channels.Twilio.Signing;

/// <summary>
/// Twilio's request signature: Base64(HMAC-SHA1(AuthToken, URL + every POST parameter's name and value, sorted by name)).
/// Also used by tests and the fake API to sign what they send.
/// </summary>
internal static class TwilioSignature
{
    public static string Compute(string authToken, string url, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var data = new StringBuilder(url);
        // Ordinal order is what Twilio's own libraries use; equal names keep their values sorted too.
        foreach (var (name, value) in parameters.OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal))
            data.Append(name).Append(value);
        var mac = HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString()));
        return Convert.ToBase64String(mac);
    }

    /// <summary>Lower-case hex SHA-256 of a JSON body, as carried in the bodySHA256 query parameter.</summary>
    public static string BodyHash(ReadOnlySpan<byte> body)
    {
        var hash = SHA256.HashData(body);
        return Convert.ToHexString(hash).ToLower(CultureInfo.InvariantCulture);
    }
}
