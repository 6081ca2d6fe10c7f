using Intake.Core.Console;
using Intake.Testing;
using Intake.Webcare.Tests.Support;

namespace Intake.Webcare.Tests;

public sealed class EventsPageTests(ConsoleHostFixture fixture) : IClassFixture<ConsoleHostFixture>
{
    private readonly ConsoleHostFactory _host = fixture.Host;

    [Fact]
    public async Task Supervisors_see_the_delivery_log_of_events_to_billing_and_can_send_one_again()
    {
        await _host.Database.ExecuteAsync("INSERT INTO webhook_endpoint (name, url) VALUES ('crm', 'http://127.0.0.1:9/events') ON CONFLICT DO NOTHING");
        var account = "NL" + Random.Shared.Next(100000, 999999);
        await CustomerSeed.AddAsync(_host.Database, account, email: $"e{account}@example.nl");
        var reference = (await _host.ReceiveAsync("email", $"e{account}@example.nl", "Hierbij zeg ik mijn abonnement op.")).CaseReference!;
        var eventId = await _host.Database.ScalarAsync<long>(
            "SELECT e.id FROM webhook_event e JOIN cancellation_case c ON c.id = e.case_id WHERE c.reference = @reference AND e.type = 'case.accepted'", new { reference });
        var supervisor = await _host.SignInAsync(StaffRoles.Supervisor);
        var agent = await _host.SignInAsync(StaffRoles.Agent);

        var page = await supervisor.GetStringAsync("/console/events");
        var refused = await agent.GetAsync("/console/events");
        var replay = await ConsoleHostFactory.PostFormAsync(supervisor, "/console/events", "Replay",
            new() { ["eventId"] = eventId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["endpoint"] = "crm" });

        Assert.Contains("Delivery log", page, StringComparison.Ordinal);
        Assert.Contains("crm", page, StringComparison.Ordinal);
        Assert.Contains(reference, page, StringComparison.Ordinal);
        Assert.Contains("case.accepted", page, StringComparison.Ordinal);
        Assert.NotEqual(System.Net.HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, replay.StatusCode);
        Assert.Contains("Replayed.", await supervisor.GetStringAsync("/console/events"), StringComparison.Ordinal);
    }
}
