using Microsoft.AspNetCore.Http;

namespace Intake.Core.ApiKeys;

/// <summary>Who presented a known API key: the key's name (never its value) and its scopes.</summary>
public sealed record ApiCaller(string Name, IReadOnlySet<string> Scopes)
{
    private const string ItemKey = "intake.api-caller";

    public bool Holds(string scope) => Scopes.Contains(scope);

    /// <summary>The caller the key check found for this request; null before the check or without a known key.</summary>
    public static ApiCaller? Of(HttpContext context) => context.Items[ItemKey] as ApiCaller;

    internal static void Remember(HttpContext context, ApiCaller? caller) => context.Items[ItemKey] = caller ?? (object)NoCaller;

    internal static bool Looked(HttpContext context) => context.Items.ContainsKey(ItemKey);

    private static readonly object NoCaller = new();
}
