namespace Intake.Core.Pipeline;

/// <summary>The bytes a provider sent, exactly as they arrived; stored before anything else.</summary>
public sealed record RawPayload(string Channel, string? ProviderId, string ContentType, byte[] Body, DateTimeOffset ReceivedAt);
