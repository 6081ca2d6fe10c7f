using System.Globalization;
using System.Text.Json;
using Intake.Benchmarks;
using Intake.Benchmarks.Faults;
using Intake.Testing;
using Intake.Testing.Email;

namespace Intake.Faults.Tests;

/// <summary>Twilio, X and SMTP down for a while (first answering errors, then not listening at all): replies wait and go out once each.</summary>
public sealed class ProviderOutageTests
{
    private const int PerChannel = 8;

    [Fact]
    public async Task Confirmations_wait_while_every_provider_is_down_and_go_out_exactly_once_when_they_return()
    {
        await using var database = await PostgresServer.CreateDatabaseAsync(migrate: false);
        await using var providers = await FakeProviderApi.StartAsync();
        var smtpPort = FreePort.Next();
        var refusing = await SmtpSink.StartAsync(softReject: "rcpt", port: smtpPort);
        providers.Failing = true;
        const string apiKey = "fault-outage-key";
        await using var fleet = new HostFleet(BuiltHost.Dll, database.ConnectionString, apiKey, ProviderSettings.For(providers.BaseUrl, smtpPort));
        await fleet.StartOneAsync(CancellationToken.None);
        using var sender = new PersistentSender(() => fleet.Urls, apiKey, TimeSpan.FromSeconds(60));

        foreach (var request in Stream()) await sender.SendAsync(request, CancellationToken.None);
        var replies = await DatabaseWait.UntilAsync(database, "SELECT count(*) FROM outbound_message WHERE attempts >= 3", 3 * PerChannel);

        // Down, answering: 500 from Twilio and X, 4xx from SMTP. Nothing went out, nothing was given up.
        Assert.Equal(3 * PerChannel, replies);
        Assert.Equal(0, await database.ScalarAsync<long>("SELECT count(*) FROM outbound_message WHERE status <> 'queued' AND status <> 'sending'"));
        Assert.True(providers.Twilio.Refused > 0 && providers.X.Refused > 0, "the fakes were not asked while down");
        Assert.Equal(0, providers.Twilio.Taken + providers.X.Taken);

        // Down, silent: nobody listens on the providers' ports.
        await refusing.DisposeAsync();
        await providers.StopListeningAsync();
        var attempts = await database.ScalarAsync<long>("SELECT sum(attempts) FROM outbound_message");
        await DatabaseWait.UntilAsync(database, "SELECT sum(attempts) FROM outbound_message", attempts + 3 * PerChannel);
        Assert.Equal(0, await database.ScalarAsync<long>("SELECT count(*) FROM outbound_message WHERE status NOT IN ('queued', 'sending')"));

        // Back: every reply goes out once.
        providers.Failing = false;
        await providers.ListenAsync();
        await using var smtp = await SmtpSink.StartAsync(port: smtpPort);
        Assert.Equal(0, await OutboxDrain.WaitAsync(database.DataSource, TimeSpan.FromSeconds(90), CancellationToken.None));
        await Task.Delay(500);

        Assert.Equal(3 * PerChannel, await database.ScalarAsync<long>("SELECT count(*) FROM outbound_message WHERE status = 'sent'"));
        Assert.Equal((PerChannel, 0), (providers.Twilio.Distinct, providers.Twilio.Duplicates));
        Assert.Equal((PerChannel, 0), (providers.X.Distinct, providers.X.Duplicates));
        var mails = SmtpLedger.Read(smtp);
        Assert.Equal((PerChannel, 0), (mails.Distinct, mails.Duplicates));
        Assert.Empty(fleet.Crashed());
    }

    private static IEnumerable<IntakeRequest> Stream()
    {
        for (var i = 0; i < PerChannel; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            List<KeyValuePair<string, string>> sms =
            [
                new("MessageSid", "SMoutage" + n), new("AccountSid", ProviderSettings.TwilioAccountSid), new("From", "+3161000000" + n),
                new("To", "+3197010000009"), new("Body", "Ik zeg mijn abonnement op."), new("NumMedia", "0"),
            ];
            yield return new IntakeRequest(FaultMix.Sms, "SMoutage" + n, [], sms, false);
            var x = JsonSerializer.SerializeToUtf8Bytes(new
            {
                for_user_id = ProviderSettings.XAccountId,
                direct_message_events = new[]
                {
                    new
                    {
                        type = "message_create", id = "1800" + n, created_timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
                        message_create = new { target = new { recipient_id = ProviderSettings.XAccountId }, sender_id = "4100" + n, message_data = new { text = "Ik wil opzeggen." } },
                    },
                },
            });
            yield return new IntakeRequest(FaultMix.X, "1800" + n, x, [], false);
            var api = JsonSerializer.SerializeToUtf8Bytes(new { externalId = "outage-" + n, from = $"klant{n}@example.com", text = "Hierbij zeg ik op." });
            yield return new IntakeRequest(IntakeRequest.Api, "outage-" + n, api, [], false);
        }
    }
}
