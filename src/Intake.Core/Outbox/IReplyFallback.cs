namespace Intake.Core.Outbox;

/// <summary>
/// Where a reply refused for good goes instead: by email to the address on file, or, with no address on file, a
/// "confirmation_owed" event that puts the case in front of staff.
/// </summary>
public interface IReplyFallback
{
    Task DivertAsync(OutboundMessage refused, string error, CancellationToken cancellationToken);
}
