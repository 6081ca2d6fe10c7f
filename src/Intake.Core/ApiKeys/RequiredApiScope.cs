namespace Intake.Core.ApiKeys;

/// <summary>Endpoint metadata: the scope an API key must hold for this route.</summary>
public sealed record RequiredApiScope(string Scope);
