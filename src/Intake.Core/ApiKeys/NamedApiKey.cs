namespace Intake.Core.ApiKeys;

/// <summary>One named key: its SHA-256 (recommended) or the key itself, and the scopes it holds.</summary>
public sealed class NamedApiKey
{
    /// <summary>Hex SHA-256 of the key's UTF-8 bytes (<c>printf %s "$KEY" | sha256sum</c>); the configuration then holds no secret.</summary>
    public string? Sha256 { get; set; }

    /// <summary>The key itself, when a hash is not used.</summary>
    public string? Key { get; set; }

    /// <summary>Scopes separated by spaces or commas, e.g. "intake cases:read".</summary>
    public string Scopes { get; set; } = "";

    public IReadOnlyList<string> ScopeList() =>
        Scopes.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
