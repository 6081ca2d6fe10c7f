using System.Security.Cryptography;
using System.Text;

namespace Intake.Channels.Twitter.Webhooks;

/// <summary>The X webhook challenge-response check (CRC) and the x-twitter-webhooks-signature of each POST.</summary>
internal static class XWebhookSignature
{
    public const string Header = "x-twitter-webhooks-signature";

    /// <summary>"sha256=" + base64 HMAC-SHA256(consumer secret, crc_token).</summary>
    public static string ResponseToken(string consumerSecret, string crcToken) => Sign(consumerSecret, Encoding.UTF8.GetBytes(crcToken));

    /// <summary>True when <paramref name="header"/> is the signature of <paramref name="body"/>; compared in constant time.</summary>
    public static bool IsValid(string consumerSecret, byte[] body, string? header)
    {
        if (string.IsNullOrEmpty(header) || string.IsNullOrEmpty(consumerSecret)) return false;
        var expected = Encoding.ASCII.GetBytes(Sign(consumerSecret, body));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(header.Trim()));
    }

    private static string Sign(string consumerSecret, byte[] data) =>
        "sha256=" + Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(consumerSecret), data));
}
