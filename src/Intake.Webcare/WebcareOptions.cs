namespace Intake.Webcare;

/// <summary>Settings of the webcare console (section Intake:Webcare).</summary>
public sealed class WebcareOptions
{
    /// <summary>Failed sign-ins in a row after which an account is locked.</summary>
    public int LockoutThreshold { get; set; } = 5;
    /// <summary>How long a locked account stays locked.</summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);
    /// <summary>How long a console session lasts without activity (sliding).</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);
    /// <summary>Cron expression of the callback overdue job.</summary>
    public string CallbackCheckCron { get; set; } = "* * * * *";
}
