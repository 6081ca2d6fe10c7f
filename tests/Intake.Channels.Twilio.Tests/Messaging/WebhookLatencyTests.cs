using System.Diagnostics;
using System.Net;
using Intake.Channels.Twilio.Tests.Fakes;
using Xunit.Abstractions;

namespace Intake.Channels.Twilio.Tests.Messaging;

/// <summary>Twilio waits for our answer (15 s for SMS, then it gives up): the webhook must answer in milliseconds.</summary>
public sealed class WebhookLatencyTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Sms_webhooks_in_sequence_and_in_a_burst_are_verified_stored_taken_in_and_answered()
    {
        await using var host = await TwilioTestHost.StartAsync(api: null);
        for (var i = 0; i < 10; i++) await host.PostSignedAsync("/webhooks/twilio/sms", TwilioForms.Sms($"SMwarm{i}", $"+3161000{i:D4}", "Ik zeg op"));

        var sequential = new List<double>();
        for (var i = 0; i < 200; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var response = await host.PostSignedAsync("/webhooks/twilio/sms", TwilioForms.Sms($"SMseq{i}", $"+3162{i:D7}", "Hierbij zeg ik mijn abonnement op"));
            sequential.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var burst = Stopwatch.GetTimestamp();
        var responses = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            host.PostSignedAsync("/webhooks/twilio/sms", TwilioForms.Sms($"SMpar{i}", $"+3163{i:D7}", "Ik wil opzeggen"))));
        var burstSeconds = Stopwatch.GetElapsedTime(burst).TotalSeconds;

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(410, await host.Database.ScalarAsync<long>("SELECT count(*) FROM inbound_message"));
        sequential.Sort();
        double P(double q) => sequential[(int)Math.Ceiling(q * sequential.Count) - 1];
        output.WriteLine($"sequential SMS webhook (verify, raw, pipeline, TwiML): p50 {P(0.5):F1} ms, p95 {P(0.95):F1} ms, max {sequential[^1]:F1} ms");
        output.WriteLine($"burst of 200 concurrent: {200 / burstSeconds:F0} webhooks/s");
    }
}
