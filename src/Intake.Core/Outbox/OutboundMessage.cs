namespace Intake.Core.Outbox;

/// <summary>A claimed outbox row on its way to a provider.</summary>
public sealed record OutboundMessage
{
    public required long Id { get; init; }
    public required long CaseId { get; init; }
    public required string CaseReference { get; init; }
    public required string Kind { get; init; }
    public required string Channel { get; init; }
    public required string Recipient { get; init; }
    public required string Language { get; init; }
    public string? Subject { get; init; }
    public required string Body { get; init; }
    /// <summary>The provider's id of the message this answers (email Message-Id, tweet id), for threading.</summary>
    public string? InReplyTo { get; init; }
    /// <summary>How many times a send was started, this one included.</summary>
    public required int Attempts { get; init; }
    /// <summary>When the case's declaration reached us, for the receipt→confirmation latency.</summary>
    public required DateTimeOffset CaseReceivedAt { get; init; }
    public required DateTimeOffset ClaimedAt { get; init; }
}
