namespace Intake.Core.Alerts;

/// <summary>
/// One operational alert: its unique key (the same alert from two hosts has the same key), its ops.* type, what it
/// is about (a channel or an outbound id) and its data. Data never holds personal data: names, references, ids,
/// times and reason categories only.
/// </summary>
public sealed record OpsAlert(string Key, string Type, string Subject, IReadOnlyDictionary<string, object?> Data);

/// <summary>The ops.* event types.</summary>
public static class OpsEventTypes
{
    public const string ChannelDown = "ops.channel_down";
    public const string ChannelRecovered = "ops.channel_recovered";
    public const string ConfirmationFailed = "ops.confirmation_failed";
    public const string CallbackOverdue = "ops.callback_overdue";
    public const string QuarantineGrowth = "ops.quarantine_growth";
}
