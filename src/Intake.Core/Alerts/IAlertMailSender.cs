namespace Intake.Core.Alerts;

/// <summary>Sends an alert as a plain email over the host's SMTP settings (the email channel implements it).</summary>
public interface IAlertMailSender
{
    Task SendAsync(AlertMail mail, CancellationToken cancellationToken);
}

/// <summary>A plain-text alert mail; From null means the sending mailbox's own From.</summary>
public sealed record AlertMail(string To, string? From, string Subject, string Body);
