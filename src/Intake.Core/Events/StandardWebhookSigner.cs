using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Intake.Core.Events;

/// <summary>Signs a delivery per the Standard Webhooks specification: v1,base64(HMAC-SHA256(key, id.timestamp.body)).</summary>
public static class StandardWebhookSigner
{
    private const string Prefix = "whsec_";

    public static string Sign(string secret, string id, long timestamp, string body)
    {
        var key = Convert.FromBase64String(secret.StartsWith(Prefix, StringComparison.Ordinal) ? secret[Prefix.Length..] : secret);
        var content = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{id}.{timestamp}.{body}"));
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, content));
    }

    /// <summary>True when <paramref name="secret"/> is a usable whsec_ secret (base64 after the prefix).</summary>
    public static bool IsValidSecret(string? secret)
    {
        if (string.IsNullOrWhiteSpace(secret) || !secret.StartsWith(Prefix, StringComparison.Ordinal)) return false;
        var buffer = new byte[secret.Length];
        return Convert.TryFromBase64String(secret[Prefix.Length..], buffer, out var written) && written >= 16;
    }
}
