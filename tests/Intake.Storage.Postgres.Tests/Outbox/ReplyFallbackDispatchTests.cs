using Intake.Core.Model;
using Intake.Core.Outbox;
using Intake.Core.Pipeline;
using Intake.Core.Templates;
using Intake.Storage.Postgres.Outbox;
using Intake.Storage.Postgres.Tests.Intake;
using Intake.Testing;
using Intake.Core.Configuration;
using Microsoft.Extensions.Time.Testing;

namespace Intake.Storage.Postgres.Tests.Outbox;

public sealed class ReplyFallbackDispatchTests
{
    private sealed class RefusingSender(string channel) : IReplySender
    {
        public string Channel { get; } = channel;

        public Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken) =>
            Task.FromResult(SendResult.Permanent("refused for good"));
    }

    [Fact]
    public async Task The_dispatcher_sends_a_reply_refused_for_good_by_sms_to_the_email_on_file_and_diverts_no_refused_email()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
        var database = await PostgresServer.CreateDatabaseAsync();
        var templates = new ReplyTemplates(Path.Combine(ChannelConfigDirectory.Find(), "templates"));
        var harness = new IntakeHarness(database, time, [new RefusingSender(Channels.Sms), new RefusingSender(Channels.Email)])
        {
            Fallback = new PostgresReplyFallback(database.DataSource, templates, new PipelineOptions(), time),
        };
        await CustomerSeed.AddAsync(database, "NL7001", email: "anna@example.nl", phone: "+31612345678");
        var bySms = (await harness.Pipeline.AcceptAsync(Messages.Api("s1", "+31612345678", "Ik zeg mijn abonnement op", channel: Channels.Sms), CancellationToken.None)).CaseReference!;
        var byEmail = (await harness.Pipeline.AcceptAsync(Messages.Api("e1", "onbekend@example.nl", "Ik zeg mijn abonnement op", channel: Channels.Email), CancellationToken.None)).CaseReference!;

        await harness.Dispatcher.DispatchAsync(CancellationToken.None);

        Assert.Equal("email:anna@example.nl", await database.ScalarAsync<string>(
            """
            SELECT string_agg(o.channel || ':' || o.recipient, ', ') FROM outbound_message o JOIN cancellation_case c ON c.id = o.case_id
            WHERE c.reference = @bySms AND o.channel <> 'sms'
            """, new { bySms }));
        Assert.Equal($"{bySms}:reply_fallback", await database.ScalarAsync<string>(
            """
            SELECT string_agg(c.reference || ':' || e.type, ', ') FROM case_event e JOIN cancellation_case c ON c.id = e.case_id
            WHERE e.type IN ('reply_fallback', 'confirmation_owed')
            """));
        Assert.Equal(1, await database.ScalarAsync<long>(
            "SELECT count(*) FROM outbound_message o JOIN cancellation_case c ON c.id = o.case_id WHERE c.reference = @byEmail", new { byEmail }));
    }
}
