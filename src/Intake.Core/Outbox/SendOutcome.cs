namespace Intake.Core.Outbox;

/// <summary>What became of one claimed row's send: the provider's answer and, when it is to be retried, when.</summary>
public sealed record SendOutcome(OutboundMessage Message, SendResult Result, DateTimeOffset? RetryAt);
