namespace Intake.Core.Alerts;

/// <summary>Settings of operational alerts (section Intake:Alerts).</summary>
public sealed class AlertsOptions
{
    public bool Enabled { get; set; } = true;
    /// <summary>Cron schedule of the check; every minute by default.</summary>
    public string Schedule { get; set; } = "* * * * *";
}
