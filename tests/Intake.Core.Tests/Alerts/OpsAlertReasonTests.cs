using Intake.Core.Alerts;

namespace Intake.Core.Tests.Alerts;

public sealed class OpsAlertReasonTests
{
    // The problems as the channels and ChannelWatch really word them.
    [Theory]
    [InlineData("failing since 2026-12-06 01:30:00Z: X refused our credentials for DMs (401 Unauthorized): check Intake:X access token", "credentials")]
    [InlineData("failing since 2026-12-06 01:30:00Z: Twilio refused our credentials", "credentials")]
    [InlineData("failing since 2026-12-06 01:30:00Z: AuthenticationException: Authentication failed.", "credentials")]
    [InlineData("failing since 2026-12-06 01:30:00Z: SocketException: Connection refused", "connection")]
    [InlineData("failing since 2026-12-06 01:30:00Z: poll of mentions failed: HttpRequestException", "connection")]
    [InlineData("no successful poll or webhook since 2026-12-06 01:00:00Z", "silent")]
    public void A_channel_problem_is_sent_only_as_its_category(string problem, string category) =>
        Assert.Equal(category, OpsAlerts.ReasonCategory(problem));

    [Fact]
    public void An_alert_mail_lists_the_data_in_plain_text_with_utc_times()
    {
        var alert = new OpsAlert("channel_down:x:1", OpsEventTypes.ChannelDown, "x", new Dictionary<string, object?>
        {
            ["channel"] = "x", ["reason"] = "credentials", ["lastOkAt"] = null, ["detectedAt"] = new DateTimeOffset(2026, 12, 6, 2, 30, 0, TimeSpan.FromHours(1)),
        });

        var mail = AlertMailText.For(alert, "ops@example.org", "");

        Assert.Equal("[Intake] ops.channel_down: x", mail.Subject);
        Assert.Null(mail.From);
        Assert.Contains("reason: credentials\n", mail.Body, StringComparison.Ordinal);
        Assert.Contains("lastOkAt: -\n", mail.Body, StringComparison.Ordinal);
        Assert.Contains("detectedAt: 2026-12-06 01:30:00Z\n", mail.Body, StringComparison.Ordinal);
    }
}
