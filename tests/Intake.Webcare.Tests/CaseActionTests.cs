using System.Net;
using Intake.Core.Console;
using Intake.Testing;
using Intake.Webcare.Tests.Support;

namespace Intake.Webcare.Tests;

public sealed class CaseActionTests(ConsoleHostFixture fixture) : IClassFixture<ConsoleHostFixture>
{
    private readonly ConsoleHostFactory _host = fixture.Host;

    [Fact]
    public async Task Confirming_an_unclear_email_queues_the_confirmation_like_the_pipeline_and_keeps_the_receipt_time()
    {
        var account = "NL" + Random.Shared.Next(100000, 999999);
        var email = $"klant{account}@example.nl";
        await CustomerSeed.AddAsync(_host.Database, account, email: email);
        var receivedAt = _host.Clock.GetUtcNow().AddHours(-3);
        var accepted = await _host.ReceiveAsync("email", email, "Wat is de opzegtermijn van mijn contract?", receivedAt);
        Assert.Equal("unclear", accepted.Intent);
        var reference = accepted.CaseReference!;
        var client = await _host.SignInAsync(StaffRoles.Agent);

        var response = await ConsoleHostFactory.PostFormAsync(client, $"/console/cases/{reference}", "Confirm", new() { ["kind"] = "ordinary" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var row = (await _host.Database.QueryAsync<(string Status, DateTime ReceivedAt, DateTime? EffectiveDate)>(
            "SELECT status, received_at, effective_date::timestamp FROM cancellation_case WHERE reference = @reference", new { reference })).Single();
        Assert.Equal("Accepted", row.Status);
        Assert.Equal(receivedAt.UtcDateTime, row.ReceivedAt, TimeSpan.FromMilliseconds(1));
        Assert.NotNull(row.EffectiveDate);
        var outbound = await _host.Database.QueryAsync<(string Kind, string Channel, string Recipient, string Body)>(
            "SELECT o.kind, o.channel, o.recipient, o.body FROM outbound_message o JOIN cancellation_case c ON c.id = o.case_id WHERE c.reference = @reference AND o.kind = 'confirmation'",
            new { reference });
        var confirmation = Assert.Single(outbound);
        Assert.Equal(("email", email), (confirmation.Channel, confirmation.Recipient));
        Assert.Contains(reference, confirmation.Body);
        var actor = await _host.Database.ScalarAsync<string>(
            "SELECT e.actor FROM case_event e JOIN cancellation_case c ON c.id = e.case_id WHERE c.reference = @reference AND e.type = 'confirmed_by_staff'", new { reference });
        Assert.StartsWith("staff:", actor);
        // Sent at once (no credentials: the dev outbox), and the timeline shows it.
        await WaitAsync(() => _host.Database.ScalarAsync<bool>(
            "SELECT bool_and(o.status = 'dev-outbox') FROM outbound_message o JOIN cancellation_case c ON c.id = o.case_id WHERE c.reference = @reference AND o.kind = 'confirmation'", new { reference }));
        var page = await client.GetStringAsync($"/console/cases/{reference}");
        Assert.Contains("Confirmed as cancellation", page);
        Assert.Contains("dev outbox", page);

        var again = await ConsoleHostFactory.PostFormAsync(client, $"/console/cases/{reference}", "Confirm", new() { ["kind"] = "ordinary" });
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("waiting for review", await client.GetStringAsync(again.Headers.Location!.ToString()));
        Assert.Equal(1, await _host.Database.ScalarAsync<int>(
            "SELECT count(*)::int FROM case_event e JOIN cancellation_case c ON c.id = e.case_id WHERE c.reference = @reference AND e.type = 'confirmed_by_staff'", new { reference }));
    }

    [Fact]
    public async Task Linking_an_unknown_sender_confirms_the_declaration_and_the_address_link_can_be_undone()
    {
        var account = "NL" + Random.Shared.Next(100000, 999999);
        await CustomerSeed.AddAsync(_host.Database, account, email: $"onfile{account}@example.nl");
        var sender = $"other{account}@example.org";
        var accepted = await _host.ReceiveAsync("email", sender, "Hierbij zeg ik mijn abonnement op.");
        var reference = accepted.CaseReference!;
        Assert.Equal("NeedsIdentification", await StatusAsync(reference));
        var client = await _host.SignInAsync(StaffRoles.Agent);

        var linked = await ConsoleHostFactory.PostFormAsync(client, $"/console/cases/{reference}", "Link",
            new() { ["account"] = account.ToLowerInvariant(), ["linkAddress"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        Assert.Equal("Accepted", await StatusAsync(reference));
        var linkId = await _host.Database.ScalarAsync<long>("SELECT id FROM identity_link WHERE value = @sender AND linked_by LIKE 'staff:%'", new { sender });
        Assert.Equal(1, await CountEventsAsync(reference, "address_linked"));
        Assert.Equal(1, await _host.Database.ScalarAsync<int>(
            "SELECT count(*)::int FROM outbound_message o JOIN cancellation_case c ON c.id = o.case_id WHERE c.reference = @reference AND o.kind = 'confirmation'", new { reference }));

        var unlinked = await ConsoleHostFactory.PostFormAsync(client, $"/console/cases/{reference}", "Unlink", new() { ["linkId"] = linkId.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, unlinked.StatusCode);
        Assert.Equal(0, await _host.Database.ScalarAsync<int>("SELECT count(*)::int FROM identity_link WHERE id = @linkId", new { linkId }));
        Assert.Equal(1, await CountEventsAsync(reference, "address_unlinked"));
        // Links from the customer import are not the console's to undo.
        var imported = await _host.Database.ScalarAsync<long>("SELECT id FROM identity_link WHERE value = @account", new { account });
        await ConsoleHostFactory.PostFormAsync(client, $"/console/cases/{reference}", "Unlink", new() { ["linkId"] = imported.ToString() });
        Assert.Equal(1, await _host.Database.ScalarAsync<int>("SELECT count(*)::int FROM identity_link WHERE id = @imported", new { imported }));
    }

    [Fact]
    public async Task Dismissing_replying_resending_notes_and_reasons_each_leave_a_staff_event_without_personal_data()
    {
        var sender = $"vraag{Guid.NewGuid():N}@example.nl";
        var reference = (await _host.ReceiveAsync("email", sender, "Kan ik mijn contract tussentijds opzeggen als ik verhuis?")).CaseReference!;
        var client = await _host.SignInAsync(StaffRoles.Agent);
        var caseId = await _host.Database.ScalarAsync<long>("SELECT id FROM cancellation_case WHERE reference = @reference", new { reference });
        var messageId = await _host.Database.ScalarAsync<long>("SELECT id FROM inbound_message WHERE case_id = @caseId", new { caseId });

        await ConsoleHostFactory.PostFormAsync(client, $"/console/cases/{reference}", "Reply", new() { ["messageId"] = messageId.ToString(), ["text"] = "Ja, dat kan. Bel 0612345678." });
        await ConsoleHostFactory.PostFormAsync(client, $"/console/cases/{reference}", "Note", new() { ["body"] = "Klant belde, mail naar " + sender });
        await ConsoleHostFactory.PostFormAsync(client, $"/console/cases/{reference}", "Reason", new() { ["reason"] = "moving" });
        await ConsoleHostFactory.PostFormAsync(client, $"/console/cases/{reference}", "Dismiss", new() { ["reason"] = "question" });

        var reply = (await _host.Database.QueryAsync<(long Id, string Kind, string Recipient, string Body, string? InReplyTo)>(
            "SELECT id, kind, recipient, body, in_reply_to FROM outbound_message WHERE case_id = @caseId AND kind = 'reply'", new { caseId })).Single();
        Assert.Equal(sender, reply.Recipient);
        Assert.StartsWith("Ja, dat kan.", reply.Body);
        Assert.Contains(reference, reply.Body);
        Assert.NotNull(reply.InReplyTo);
        Assert.Equal("Dismissed", await StatusAsync(reference));
        Assert.Equal("moving", await _host.Database.ScalarAsync<string>("SELECT reason FROM cancellation_case WHERE id = @caseId", new { caseId }));

        await WaitAsync(() => _host.Database.ScalarAsync<bool>("SELECT status = 'dev-outbox' FROM outbound_message WHERE id = @Id", new { reply.Id }));
        await _host.Database.ExecuteAsync("UPDATE outbound_message SET status = 'failed', last_error = 'mailbox full', attempts = 12 WHERE id = @Id", new { reply.Id });
        var resend = await ConsoleHostFactory.PostFormAsync(client, $"/console/cases/{reference}", "Resend", new() { ["outboundId"] = reply.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, resend.StatusCode);
        await WaitAsync(() => _host.Database.ScalarAsync<bool>("SELECT status = 'dev-outbox' AND attempts = 1 FROM outbound_message WHERE id = @Id", new { reply.Id }));

        var events = await _host.Database.QueryAsync<(string Type, string Actor, string Data)>(
            "SELECT type, actor, data::text FROM case_event WHERE case_id = @caseId AND actor LIKE 'staff:%' ORDER BY id", new { caseId });
        Assert.Equal(["reply_queued", "note_added", "reason_tagged", "dismissed_by_staff", "status_changed", "reply_resend_requested"], events.Select(e => e.Type));
        Assert.All(events, e => Assert.DoesNotContain("@", e.Data));
        Assert.All(events, e => Assert.DoesNotContain("0612345678", e.Data));
        var page = await client.GetStringAsync($"/console/cases/{reference}");
        Assert.Contains("Klant belde", page);
        Assert.Contains("Re-send requested", page);
    }

    [Fact]
    public async Task An_unknown_case_is_404_and_an_unknown_action_value_is_refused()
    {
        var client = await _host.SignInAsync(StaffRoles.Agent);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/console/cases/C-1999-999999")).StatusCode);
        var accepted = await _host.ReceiveAsync("email", $"x{Guid.NewGuid():N}@example.nl", "Wat is de opzegtermijn van mijn contract?");
        Assert.Equal("unclear", accepted.Intent);
        var reference = accepted.CaseReference!;
        var response = await ConsoleHostFactory.PostFormAsync(client, $"/console/cases/{reference}", "Confirm", new() { ["kind"] = "forever" });
        Assert.Contains("Unknown kind of cancellation", await client.GetStringAsync(response.Headers.Location!.ToString()));
        Assert.Equal("NeedsReview", await StatusAsync(reference));
    }

    private Task<string> StatusAsync(string reference) =>
        _host.Database.ScalarAsync<string>("SELECT status FROM cancellation_case WHERE reference = @reference", new { reference });

    private Task<int> CountEventsAsync(string reference, string type) => _host.Database.ScalarAsync<int>(
        "SELECT count(*)::int FROM case_event e JOIN cancellation_case c ON c.id = e.case_id WHERE c.reference = @reference AND e.type = @type",
        new { reference, type });

    internal static async Task WaitAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not met within 20 s");
            await Task.Delay(100);
        }
    }
}
