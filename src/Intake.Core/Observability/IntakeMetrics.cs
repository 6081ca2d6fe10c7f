using System.Diagnostics.Metrics;

namespace Intake.Core.Observability;

/// <summary>The gateway's own metrics (meter "Intake"): intakes, confirmations and how long confirmations take.</summary>
public sealed class IntakeMetrics
{
    public const string MeterName = "Intake";
    private readonly Counter<long> _intakes;
    private readonly Counter<long> _replies;
    private readonly Histogram<double> _confirmationLatency;
    private readonly Counter<long> _quarantined;
    private readonly Counter<long> _reclassified;

    public IntakeMetrics(IMeterFactory meterFactory, ChannelHeartbeats? heartbeats = null)
    {
        var meter = meterFactory.Create(MeterName);
        if (heartbeats is not null)
            meter.CreateObservableGauge("intake.channel.up", () => heartbeats.Snapshot().Select(s =>
                new Measurement<int>(heartbeats.Problem(s) is null ? 1 : 0, new KeyValuePair<string, object?>("channel", s.Channel))),
                description: "1 while an enabled channel reports in, 0 when it stopped");
        _intakes = meter.CreateCounter<long>("intake.messages", description: "Messages accepted, by channel and intent");
        _replies = meter.CreateCounter<long>("intake.replies", description: "Replies handed to providers, by channel and status");
        _confirmationLatency = meter.CreateHistogram<double>("intake.confirmation.latency", unit: "s",
            description: "Receipt of a declaration until its confirmation was handed to the provider");
        _quarantined = meter.CreateCounter<long>("intake.quarantined", description: "Payloads kept in quarantine, by channel");
        _reclassified = meter.CreateCounter<long>("intake.reclassified",
            description: "Messages staff filed under another intent than the classifier did, by channel, from and to");
    }

    public void MessageAccepted(string channel, string intent) =>
        _intakes.Add(1, new KeyValuePair<string, object?>("channel", channel), new KeyValuePair<string, object?>("intent", intent));

    public void ReplyFinished(string channel, string status) =>
        _replies.Add(1, new KeyValuePair<string, object?>("channel", channel), new KeyValuePair<string, object?>("status", status));

    public void ConfirmationLatency(string channel, TimeSpan latency) =>
        _confirmationLatency.Record(latency.TotalSeconds, new KeyValuePair<string, object?>("channel", channel));

    public void Quarantined(string channel) => _quarantined.Add(1, new KeyValuePair<string, object?>("channel", channel));

    public void Reclassified(string channel, string from, string to) => _reclassified.Add(1,
        new KeyValuePair<string, object?>("channel", channel), new KeyValuePair<string, object?>("from", from), new KeyValuePair<string, object?>("to", to));
}
