using System.Net.Http.Json;
using System.Text.Json;
using Intake.Core.Events;
using Intake.Core.Outbox;
using Intake.Host.Outbox;
using Intake.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Intake.Host.Tests;

public sealed class OutboxDispatchTests
{
    [Fact]
    public async Task Rows_committed_while_no_host_ran_are_sent_by_the_next_host_that_starts()
    {
        // The host "died" between commit and dispatch: the rows are committed, nobody was woken.
        var harness = await IntakeHarness.CreateAsync();
        await CustomerSeed.AddAsync(harness.Database, "NL6006", email: "bo@example.nl");
        var references = new List<string>();
        for (var i = 0; i < 5; i++)
            references.Add((await harness.Pipeline.AcceptAsync(new Core.Model.InboundMessage
            {
                Channel = "email", ProviderMessageId = $"<m{i}@example.nl>", ReceivedAt = DateTimeOffset.UtcNow,
                SenderAddress = i == 0 ? "bo@example.nl" : $"other{i}@example.nl", Text = "Ik zeg mijn abonnement op",
            }, CancellationToken.None)).CaseReference!);

        await using var host = new IntakeHostFactory(harness.Database);
        var api = host.ApiClient();

        foreach (var reference in references)
        {
            var view = await host.WaitForRepliesAsync(api, reference);
            Assert.All(view.GetProperty("outbound").EnumerateArray(), o => Assert.Equal("dev-outbox", o.GetProperty("status").GetString()));
        }
        Assert.Equal(5, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM case_event WHERE type = 'reply_sent'"));
    }

    [Fact]
    public async Task Each_api_intake_is_confirmed_exactly_once_under_a_burst()
    {
        await using var host = await IntakeHostFactory.StartAsync();
        var api = host.ApiClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => api.PostAsJsonAsync("/api/v1/intake",
            new { externalId = $"burst-{i % 20}", from = $"klant{i % 20}@example.nl", text = "Hierbij zeg ik op." })));
        var references = new HashSet<string>();
        foreach (var response in responses)
            references.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseReference").GetString()!);

        Assert.Equal(20, references.Count);
        foreach (var reference in references) await host.WaitForRepliesAsync(api, reference);
        Assert.Equal(20, await host.Database.ScalarAsync<long>("SELECT count(*) FROM outbound_message WHERE status = 'dev-outbox'"));
        Assert.Equal(20, await host.Database.ScalarAsync<long>("SELECT count(*) FROM case_event WHERE type = 'reply_sent'"));
    }

    [Fact]
    public async Task A_lingering_job_learns_whether_this_hosts_rows_woke_it_so_that_only_then_it_gathers_more()
    {
        using var wakeup = new OutboxWakeup(null!, null!, null!, new EventsOptions(), new OutboxOptions(), TimeProvider.System, NullLogger<OutboxWakeup>.Instance);

        Assert.False(await wakeup.WaitForRowsAsync(TimeSpan.FromMilliseconds(10), CancellationToken.None));
        wakeup.OutboxWritten();
        Assert.True(await wakeup.WaitForRowsAsync(TimeSpan.FromMinutes(1), CancellationToken.None));
        wakeup.TakeRows();
        Assert.False(await wakeup.WaitForRowsAsync(TimeSpan.FromMilliseconds(10), CancellationToken.None));
    }
}
