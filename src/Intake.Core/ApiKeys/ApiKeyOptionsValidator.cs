using System.Globalization;
using Microsoft.Extensions.Options;

namespace Intake.Core.ApiKeys;

/// <summary>Refuses to start with a named key that has no secret, a malformed hash or an unknown scope.</summary>
internal sealed class ApiKeyOptionsValidator : IValidateOptions<ApiKeyOptions>
{
    public ValidateOptionsResult Validate(string? name, ApiKeyOptions options)
    {
        var errors = new List<string>();
        foreach (var (keyName, key) in options.NamedKeys)
        {
            var at = $"Intake:Api:NamedKeys:{keyName}";
            var hasHash = !string.IsNullOrWhiteSpace(key.Sha256);
            var hasKey = !string.IsNullOrEmpty(key.Key);
            if (hasHash == hasKey) errors.Add($"{at}: set Sha256 (recommended) or Key, exactly one of them.");
            if (hasHash && (key.Sha256!.Trim().Length != 64 || !key.Sha256.Trim().All(char.IsAsciiHexDigit)))
                errors.Add($"{at}:Sha256 must be 64 hex digits (printf %s \"$KEY\" | sha256sum).");
            var scopes = key.ScopeList();
            if (scopes.Count == 0) errors.Add($"{at}:Scopes is empty; give one or more of {string.Join(", ", ApiScopes.All)}.");
            foreach (var scope in scopes.Where(s => !ApiScopes.IsKnown(s)))
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"{at}:Scopes: unknown scope '{scope}'; known: {string.Join(", ", ApiScopes.All)}."));
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
