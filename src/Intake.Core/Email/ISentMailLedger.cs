namespace Intake.Core.Email;

/// <summary>
/// Our Message-Id on the outbound row before a send and the SMTP server's acceptance right after it,
/// so a job re-run after a crash knows the mail already left and does not send it twice.
/// </summary>
public interface ISentMailLedger
{
    /// <summary>Stores the Message-Id on the row (bounces find it by it) and says whether a server already accepted it.</summary>
    Task<bool> BeginAsync(long outboundId, string messageId, CancellationToken cancellationToken);

    Task AcceptedAsync(long outboundId, string messageId, string? serverReply, DateTimeOffset at, CancellationToken cancellationToken);
}
