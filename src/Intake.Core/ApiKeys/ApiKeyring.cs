using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Intake.Core.ApiKeys;

/// <summary>
/// The configured API keys, each kept only as its SHA-256: a presented key is hashed and compared with every entry in
/// constant time, so neither the time taken nor a log line tells anything about a key.
/// </summary>
public sealed class ApiKeyring
{
    public const string Header = "X-Api-Key";

    private readonly (byte[] Hash, ApiCaller Caller)[] entries;

    public ApiKeyring(IOptions<ApiKeyOptions> options)
    {
        var settings = options.Value;
        var everyScope = ApiScopes.All.ToFrozenSet(StringComparer.Ordinal);
        var list = new List<(byte[], ApiCaller)>();
        for (var i = 0; i < settings.Keys.Count; i++)
            if (!string.IsNullOrEmpty(settings.Keys[i])) list.Add((Hash(settings.Keys[i]), new ApiCaller($"Keys:{i}", everyScope)));
        foreach (var (name, key) in settings.NamedKeys.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            var hash = string.IsNullOrWhiteSpace(key.Sha256) ? Hash(key.Key ?? "") : Convert.FromHexString(key.Sha256.Trim());
            list.Add((hash, new ApiCaller(name, key.ScopeList().ToFrozenSet(StringComparer.Ordinal))));
        }
        entries = [.. list];
    }

    /// <summary>The caller holding <paramref name="presented"/>, or null for an empty or unknown key.</summary>
    public ApiCaller? Find(string? presented)
    {
        if (string.IsNullOrEmpty(presented)) return null;
        var hash = Hash(presented);
        ApiCaller? found = null;
        // Every entry is compared, so the time taken does not tell which key came close or where it stands.
        foreach (var (known, caller) in entries)
            if (CryptographicOperations.FixedTimeEquals(known, hash)) found ??= caller;
        return found;
    }

    /// <summary>The caller of this request's X-Api-Key, looked up once per request (the rate limiter and the route both ask).</summary>
    public ApiCaller? Identify(HttpContext context)
    {
        if (ApiCaller.Looked(context)) return ApiCaller.Of(context);
        var caller = Find(context.Request.Headers[Header].ToString());
        ApiCaller.Remember(context, caller);
        return caller;
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
