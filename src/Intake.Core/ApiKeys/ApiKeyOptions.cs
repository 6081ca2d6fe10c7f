namespace Intake.Core.ApiKeys;

/// <summary>The API keys (section Intake:Api): the flat list of full-access keys and the named, scoped keys.</summary>
public sealed class ApiKeyOptions
{
    /// <summary>Intake:Api:Keys — plain keys that hold every scope (the original form, kept working).</summary>
    public List<string> Keys { get; set; } = [];

    /// <summary>Intake:Api:NamedKeys:{name} — keys with a name (logged instead of the key) and the scopes they hold.</summary>
    public Dictionary<string, NamedApiKey> NamedKeys { get; set; } = new(StringComparer.Ordinal);
}
