namespace Intake.Core.Privacy;

/// <summary>Settings of retention (section Intake:Privacy).</summary>
public sealed class PrivacyOptions
{
    /// <summary>Texts and raw payloads are purged this many months after their case closed (or, without a case, after receipt).</summary>
    public int RetentionMonths { get; set; } = 24;
    /// <summary>Cron of the Hangfire job that purges what is due.</summary>
    public string RetentionCron { get; set; } = "30 3 * * *";
    /// <summary>Cases (or caseless messages, or payloads) purged per transaction.</summary>
    public int RetentionBatchSize { get; set; } = 200;
}
