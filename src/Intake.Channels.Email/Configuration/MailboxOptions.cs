using MailKit.Security;

namespace Intake.Channels.Email.Configuration;

/// <summary>One intake mailbox (Intake:Email:Mailboxes:N): where we read it over IMAP and how we answer from it over SMTP.</summary>
public sealed class MailboxOptions
{
    /// <summary>Short stable name (checkpoints and locks are kept under it), e.g. "opzeggen".</summary>
    public string Name { get; set; } = "";
    public string ImapHost { get; set; } = "";
    public int ImapPort { get; set; } = 993;
    public SecureSocketOptions ImapSecurity { get; set; } = SecureSocketOptions.SslOnConnect;
    /// <summary>The folder new mail arrives in.</summary>
    public string Folder { get; set; } = "INBOX";
    /// <summary>Processed mail is moved here (created when missing); empty: it is flagged in place instead.</summary>
    public string ProcessedFolder { get; set; } = "Processed";
    public string Username { get; set; } = "";
    public string? Password { get; set; }
    public OAuthOptions OAuth { get; set; } = new();
    public string SmtpHost { get; set; } = "";
    public int SmtpPort { get; set; } = 587;
    public SecureSocketOptions SmtpSecurity { get; set; } = SecureSocketOptions.StartTls;
    /// <summary>SMTP login, when it differs from the IMAP one (empty: <see cref="Username"/>).</summary>
    public string? SmtpUsername { get; set; }
    /// <summary>SMTP password, when it differs from the IMAP one.</summary>
    public string? SmtpPassword { get; set; }
    /// <summary>The address our replies come from, e.g. "Klantenservice &lt;opzeggen@example.nl&gt;".</summary>
    public string From { get; set; } = "";

    public bool UsesOAuth => OAuth.IsConfigured;
    public bool CanRead => Name.Length > 0 && ImapHost.Length > 0 && Username.Length > 0 && (Password is { Length: > 0 } || UsesOAuth);
    public bool CanSend => SmtpHost.Length > 0 && From.Length > 0;
}
