namespace Intake.Storage.Postgres.Privacy;

/// <summary>What one retention batch purged: closed cases, messages (with or without a case), raw payloads, replies.</summary>
public sealed record RetentionCounts(int Cases, int Messages, int RawPayloads, int OutboundMessages)
{
    public static RetentionCounts None { get; } = new(0, 0, 0, 0);

    public RetentionCounts Add(RetentionCounts other) =>
        new(Cases + other.Cases, Messages + other.Messages, RawPayloads + other.RawPayloads, OutboundMessages + other.OutboundMessages);
}
