namespace Intake.Core.Alerts;

/// <summary>Settings of operational alerts (section Intake:Alerts).</summary>
public sealed class AlertsOptions
{
    public bool Enabled { get; set; } = true;
    /// <summary>Cron schedule of the check; every minute by default.</summary>
    public string Schedule { get; set; } = "* * * * *";
    /// <summary>More quarantined payloads than this within one <see cref="QuarantineWindow"/> raise ops.quarantine_growth.</summary>
    public int QuarantineThreshold { get; set; } = 20;
    public TimeSpan QuarantineWindow { get; set; } = TimeSpan.FromHours(1);
    public AlertEmailOptions Email { get; set; } = new();
}

/// <summary>Where alerts also go by email; off while To is empty.</summary>
public sealed class AlertEmailOptions
{
    public string? To { get; set; }
    /// <summary>The sender; empty means the From of the first mailbox that can send.</summary>
    public string? From { get; set; }
}
