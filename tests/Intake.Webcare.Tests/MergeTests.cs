using System.Net;
using Intake.Core.Console;
using Intake.Testing;
using Intake.Webcare.Tests.Support;

namespace Intake.Webcare.Tests;

public sealed class MergeTests(ConsoleHostFixture fixture) : IClassFixture<ConsoleHostFixture>
{
    private readonly ConsoleHostFactory _host = fixture.Host;

    [Fact]
    public async Task Merge_keeps_the_earliest_receipt_time_and_all_messages()
    {
        var account = "NL" + Random.Shared.Next(100000, 999999);
        var email = $"merge{account}@example.nl";
        await CustomerSeed.AddAsync(_host.Database, account, email: email);
        var phone = "+3163" + Random.Shared.Next(1000000, 9999999);
        var smsAt = _host.Clock.GetUtcNow().AddHours(-5);
        var sms = await _host.ReceiveAsync("sms", phone, "Ik zeg mijn abonnement op", smsAt);
        var mail = await _host.ReceiveAsync("email", email, "Hierbij zeg ik mijn abonnement op.", smsAt.AddHours(2));
        var client = await _host.SignInAsync(StaffRoles.Agent);

        var response = await ConsoleHostFactory.PostFormAsync(client, $"/console/cases/{sms.CaseReference}", "Merge",
            new() { ["other"] = mail.CaseReference!, ["confirmMerge"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith(mail.CaseReference!, response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var rows = (await _host.Database.QueryAsync<(string Reference, string Status, DateTime ReceivedAt, long? FirstDeclaration)>(
            "SELECT reference, status, received_at, first_declaration_message_id FROM cancellation_case WHERE reference IN (@a, @b) ORDER BY id",
            new { a = sms.CaseReference, b = mail.CaseReference })).ToList();
        Assert.Equal(("Merged", "Accepted"), (rows[0].Status, rows[1].Status));
        Assert.Equal(smsAt.UtcDateTime, rows[1].ReceivedAt, TimeSpan.FromMilliseconds(1));
        Assert.Equal(sms.MessageId, rows[1].FirstDeclaration);
        var messages = await _host.Database.ScalarAsync<long>(
            "SELECT count(*) FROM inbound_message m JOIN cancellation_case c ON c.id = m.case_id WHERE c.reference = @r", new { r = mail.CaseReference });
        Assert.Equal(2, messages);
        var replies = await _host.Database.QueryAsync<string>(
            "SELECT o.kind FROM outbound_message o JOIN cancellation_case c ON c.id = o.case_id WHERE c.reference = @r ORDER BY o.id", new { r = mail.CaseReference });
        Assert.Equal(["confirmation", "identification-request"], replies.Order().ToArray());
        var merges = await _host.Database.QueryAsync<(string Reference, string Actor, string From, string Into)>(
            """
            SELECT c.reference, e.actor, e.data->>'from', e.data->>'into' FROM case_event e JOIN cancellation_case c ON c.id = e.case_id
            WHERE e.type = 'case_merged' AND c.reference IN (@a, @b) ORDER BY c.id
            """, new { a = sms.CaseReference, b = mail.CaseReference });
        Assert.Equal(2, merges.Count);
        Assert.All(merges, m => Assert.Equal((sms.CaseReference, mail.CaseReference), (m.From, m.Into)));
        Assert.All(merges, m => Assert.StartsWith("staff:", m.Actor, StringComparison.Ordinal));
        var page = await client.GetStringAsync($"/console/cases/{mail.CaseReference}");
        Assert.Contains($"data-message=\"{sms.MessageId}\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_of_two_customers_is_refused()
    {
        var first = "NL" + Random.Shared.Next(100000, 999999);
        var second = "NL" + Random.Shared.Next(100000, 999999);
        await CustomerSeed.AddAsync(_host.Database, first, email: $"een{first}@example.nl");
        await CustomerSeed.AddAsync(_host.Database, second, email: $"twee{second}@example.nl");
        var a = await _host.ReceiveAsync("email", $"een{first}@example.nl", "Ik zeg mijn abonnement op.");
        var b = await _host.ReceiveAsync("email", $"twee{second}@example.nl", "Ik zeg mijn abonnement op.");
        var client = await _host.SignInAsync(StaffRoles.Agent);

        await ConsoleHostFactory.PostFormAsync(client, $"/console/cases/{a.CaseReference}", "Merge", new() { ["other"] = b.CaseReference!, ["confirmMerge"] = "true" });
        var page = await client.GetStringAsync($"/console/cases/{a.CaseReference}");

        Assert.Contains("two different customers", page, StringComparison.Ordinal);
        var statuses = await _host.Database.QueryAsync<string>("SELECT status FROM cancellation_case WHERE reference IN (@a, @b)", new { a = a.CaseReference, b = b.CaseReference });
        Assert.All(statuses, s => Assert.Equal("Accepted", s));
    }
}
