namespace Intake.Core.Outbox;

/// <summary>Stands in for a channel without credentials: the reply is recorded as dev-outbox, never silently dropped.</summary>
public sealed class DevOutboxSender(string channel) : IReplySender
{
    public string Channel { get; } = channel;

    public Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken) => Task.FromResult(SendResult.DevOutbox());
}
