namespace Intake.Channels.Email.Configuration;

/// <summary>Settings of the email channel (section Intake:Email; non-secret defaults in channel-config/email.json).</summary>
public sealed class EmailOptions
{
    public List<MailboxOptions> Mailboxes { get; set; } = [];
    /// <summary>A larger mail is stored by its headers only and quarantined for staff.</summary>
    public long MaxMessageBytes { get; set; } = 25 * 1024 * 1024;
    /// <summary>How long one IDLE lasts before it is renewed (servers drop IDLE after 30 minutes; NAT boxes sooner).</summary>
    public TimeSpan IdleRefresh { get; set; } = TimeSpan.FromMinutes(9);
    /// <summary>Poll interval when the server lacks IDLE.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>First reconnect delay after a broken connection; doubles up to <see cref="MaxReconnectDelay"/>, with jitter.</summary>
    public TimeSpan FirstReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>Cron of the reconciliation job that fetches everything above the checkpoint, whatever IDLE said.</summary>
    public string ReconcileCron { get; set; } = "*/5 * * * *";
    /// <summary>Timeout of one IMAP or SMTP command.</summary>
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromSeconds(60);
    /// <summary>Accept self-signed or otherwise invalid server certificates (test servers only).</summary>
    public bool AcceptInvalidCertificates { get; set; }

    /// <summary>The mailboxes with enough settings to be read.</summary>
    public IEnumerable<MailboxOptions> Enabled => Mailboxes.Where(m => m.CanRead);
}
