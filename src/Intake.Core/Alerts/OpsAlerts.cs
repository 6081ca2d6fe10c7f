using Microsoft.Extensions.Logging;

namespace Intake.Core.Alerts;

/// <summary>
/// Turns what went wrong into ops.* events, one per transition: a channel going down or coming back, a
/// confirmation failing for good. Safe to run on every host at once: each alert has a unique key.
/// </summary>
public sealed class OpsAlerts(
    IOpsAlertStore store, AlertsOptions options, IEnumerable<IAlertMailSender> mailers, TimeProvider time, ILogger<OpsAlerts> logger)
{
    public async Task<int> CheckAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var raised = 0;
        foreach (var channel in await store.ChannelsAsync(cancellationToken))
            if (ChannelTransition(channel, now) is { } alert && await RaiseAsync(alert, now, cancellationToken)) raised++;
        foreach (var failed in await store.UnalertedFailedConfirmationsAsync(cancellationToken))
            if (await RaiseAsync(ConfirmationFailed(failed), now, cancellationToken)) raised++;
        foreach (var overdue in await store.UnalertedOverdueCallbacksAsync(cancellationToken))
            if (await RaiseAsync(CallbackOverdue(overdue), now, cancellationToken)) raised++;
        if (await QuarantineGrowthAsync(now, cancellationToken) is { } growth && await RaiseAsync(growth, now, cancellationToken)) raised++;
        return raised;
    }

    private async Task<bool> RaiseAsync(OpsAlert alert, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!await store.RaiseAsync(alert, now, cancellationToken)) return false;
        logger.LogWarning("Alert {Type} about {Subject}", alert.Type, alert.Subject);
        if (options.Email.To is { Length: > 0 } to) await MailAsync(alert, to, cancellationToken);
        return true;
    }

    // The webhook event is the record; the mail is a courtesy, so a failing SMTP server is logged, not retried.
    private async Task MailAsync(OpsAlert alert, string to, CancellationToken cancellationToken)
    {
        if (mailers.FirstOrDefault() is not { } mailer)
        {
            logger.LogWarning("Intake:Alerts:Email:To is set but no mailbox has SMTP settings: alert {Type} not mailed", alert.Type);
            return;
        }
        try
        {
            await mailer.SendAsync(AlertMailText.For(alert, to, options.Email.From), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError("Alert {Type} about {Subject} could not be mailed: {Error}", alert.Type, alert.Subject, e.GetType().Name);
        }
    }

    // Down while the channel reports a problem and its last episode has no recovery; the episode number makes the key.
    private static OpsAlert? ChannelTransition(ChannelAlertState channel, DateTimeOffset now)
    {
        var alerted = channel.Downs > channel.Recoveries;
        if (channel.Problem is { } problem && !alerted)
            return new OpsAlert($"channel_down:{channel.Channel}:{channel.Downs + 1}", OpsEventTypes.ChannelDown, channel.Channel,
                new Dictionary<string, object?>
                {
                    ["channel"] = channel.Channel, ["reason"] = ReasonCategory(problem), ["lastOkAt"] = channel.LastOkAt, ["detectedAt"] = now,
                });
        if (channel.Problem is null && alerted)
            return new OpsAlert($"channel_recovered:{channel.Channel}:{channel.Downs}", OpsEventTypes.ChannelRecovered, channel.Channel,
                new Dictionary<string, object?> { ["channel"] = channel.Channel, ["lastOkAt"] = channel.LastOkAt, ["detectedAt"] = now });
        return null;
    }

    private static OpsAlert ConfirmationFailed(FailedConfirmation failed) =>
        new($"confirmation_failed:{failed.OutboundId}", OpsEventTypes.ConfirmationFailed, failed.OutboundId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            new Dictionary<string, object?>
            {
                ["caseReference"] = failed.CaseReference, ["outboundId"] = failed.OutboundId, ["channel"] = failed.Channel,
                ["kind"] = failed.Kind, ["failedAt"] = failed.FailedAt,
            });

    private static OpsAlert CallbackOverdue(OverdueCallback overdue) =>
        new($"callback_overdue:{overdue.CallbackId}", OpsEventTypes.CallbackOverdue, overdue.CallbackId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            new Dictionary<string, object?>
            {
                ["caseReference"] = overdue.CaseReference, ["callbackId"] = overdue.CallbackId, ["dueAt"] = overdue.DueAt, ["escalatedAt"] = overdue.EscalatedAt,
            });

    // Windows are fixed slices of time (hour 01:00-02:00, ...), so every host counts the same window under the same key.
    private async Task<OpsAlert?> QuarantineGrowthAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var window = options.QuarantineWindow.Ticks;
        var from = new DateTimeOffset(now.UtcTicks - now.UtcTicks % window, TimeSpan.Zero);
        var count = await store.QuarantinedAsync(from, from.AddTicks(window), cancellationToken);
        if (count <= options.QuarantineThreshold) return null;
        var key = $"quarantine_growth:{from.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture)}";
        return new OpsAlert(key, OpsEventTypes.QuarantineGrowth, "quarantine", new Dictionary<string, object?>
        {
            ["quarantined"] = count, ["threshold"] = options.QuarantineThreshold, ["windowStart"] = from, ["windowEnd"] = from.AddTicks(window),
        });
    }

    /// <summary>The category of a channel problem; the problem text itself is never sent (it may quote a provider).</summary>
    public static string ReasonCategory(string problem)
    {
        if (problem.Contains("credential", StringComparison.OrdinalIgnoreCase) || problem.Contains("Authentication", StringComparison.Ordinal)
            || problem.Contains("401", StringComparison.Ordinal))
            return "credentials";
        if (problem.StartsWith("no successful poll", StringComparison.Ordinal)) return "silent";
        return "connection";
    }
}
