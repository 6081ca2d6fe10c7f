namespace Intake.Core.ApiKeys;

/// <summary>The scopes an API key may hold; every /api/v1 route requires exactly one of them.</summary>
public static class ApiScopes
{
    /// <summary>POST /api/v1/intake, and billing's report of a case's real end.</summary>
    public const string Intake = "intake";
    /// <summary>Reading cases: by reference, by sender.</summary>
    public const string CasesRead = "cases:read";
    /// <summary>Erasure and export of a data subject's personal data.</summary>
    public const string Privacy = "privacy";
    /// <summary>The event delivery log and replay.</summary>
    public const string Webhooks = "webhooks";
    /// <summary>The "do not contact for retention" list.</summary>
    public const string Suppression = "suppression";
    /// <summary>Loading the customer directory.</summary>
    public const string Directory = "directory";

    public static IReadOnlyList<string> All { get; } = [Intake, CasesRead, Privacy, Webhooks, Suppression, Directory];

    public static bool IsKnown(string scope) => All.Contains(scope, StringComparer.Ordinal);
}
