using System.Net;
using Intake.Core.Pipeline;
using Intake.Storage.Postgres.Intake;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using NSubstitute;

namespace Intake.Channels.Web.Tests.Form;

public sealed class QuarantinedSubmissionTests
{
    private static Task<WebFormHost> StartWithBreakableStoreAsync() => WebFormHost.StartAsync(services =>
        services.Replace(ServiceDescriptor.Singleton<IIntakeStore>(sp =>
            new BreakableIntakeStore(new PostgresIntakeStore(sp.GetRequiredService<NpgsqlDataSource>())))));

    [Fact]
    public async Task A_submission_the_pipeline_cannot_take_is_still_reported_as_received_with_its_time()
    {
        await using var host = await StartWithBreakableStoreAsync();
        ((BreakableIntakeStore)host.Services.GetRequiredService<IIntakeStore>()).Broken = true;
        using var browser = host.NewBrowser();
        var form = await browser.GetAsync("/cancel");

        var page = await browser.SubmitAsync("/cancel", form, FormFields.Jan());

        Assert.Equal(HttpStatusCode.Accepted, page.Status);
        Assert.True(page.Contains("Wij hebben uw opzegging ontvangen op 24-11-2026 20:15"));
        Assert.True(page.Contains("Een medewerker handelt haar af"));
        Assert.Equal("quarantined", await host.Database.ScalarAsync<string>("SELECT status FROM raw_payload"));
    }

    [Fact]
    public async Task A_quarantined_submission_is_accepted_on_replay_with_its_original_receipt_time()
    {
        await using var host = await StartWithBreakableStoreAsync();
        using var browser = host.NewBrowser();
        var form = await SubmitWhileBrokenAsync(host, browser, ("kind", "extraordinary"), ("reason", "deceased"));

        host.Time.Advance(TimeSpan.FromDays(2));
        var (accepted, stillQuarantined) = await host.Services.GetRequiredService<QuarantineReplayer>().ReplayAllAsync(CancellationToken.None);

        Assert.Equal((1, 0), (accepted, stillQuarantined));
        var @case = (await host.Database.QueryAsync<(DateTime ReceivedAt, string Kind, string Reason)>(
            "SELECT received_at, kind, reason FROM cancellation_case")).Single();
        Assert.Equal((WebFormHost.Now.UtcDateTime, "extraordinary", "deceased"), @case);
        Assert.Equal(form.Hidden("submission"), await host.Database.ScalarAsync<string>("SELECT provider_message_id FROM inbound_message"));
    }

    [Fact]
    public async Task Pressing_the_button_again_after_a_quarantine_does_not_make_a_second_case()
    {
        await using var host = await StartWithBreakableStoreAsync();
        using var browser = host.NewBrowser();
        var form = await SubmitWhileBrokenAsync(host, browser);

        var again = await browser.SubmitAsync("/cancel", form, FormFields.Jan());
        await host.Services.GetRequiredService<QuarantineReplayer>().ReplayAllAsync(CancellationToken.None);

        Assert.Equal(HttpStatusCode.SeeOther, again.Status);
        Assert.Equal(1, await host.Database.ScalarAsync<long>("SELECT count(*) FROM inbound_message"));
        Assert.Equal(1, await host.Database.ScalarAsync<long>("SELECT count(*) FROM cancellation_case"));
    }

    [Fact]
    public async Task A_submission_that_cannot_even_be_stored_says_so_and_keeps_the_values()
    {
        var raw = Substitute.For<IRawPayloadStore>();
        raw.SaveAsync(default!, default).ReturnsForAnyArgs<long>(_ => throw new TimeoutException("database unreachable"));
        // The database is unreachable for the intake transaction (which stores the raw payload first) and for the payload on its own.
        await using var host = await WebFormHost.StartAsync(services => services
            .Replace(ServiceDescriptor.Singleton(raw))
            .Replace(ServiceDescriptor.Singleton<IIntakeStore>(sp =>
                new BreakableIntakeStore(new PostgresIntakeStore(sp.GetRequiredService<NpgsqlDataSource>())) { Broken = true })));
        using var browser = host.NewBrowser();
        var form = await browser.GetAsync("/cancel");

        var page = await browser.SubmitAsync("/cancel", form, FormFields.Jan());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.Status);
        Assert.True(page.Contains("uw opzegging is nog niet ontvangen"));
        Assert.Equal("Jan Jansen", page.InputValue("name"));
        Assert.Equal(form.Hidden("submission"), page.Hidden("submission"));
    }

    /// <summary>Jan submits while the intake transaction fails; the store works again afterwards. Returns the form page.</summary>
    private static async Task<Page> SubmitWhileBrokenAsync(WebFormHost host, Browser browser, params (string Name, string Value)[] changes)
    {
        await TestData.SeedJanAsync(host.Database);
        var store = (BreakableIntakeStore)host.Services.GetRequiredService<IIntakeStore>();
        store.Broken = true;
        var form = await browser.GetAsync("/cancel");
        var page = await browser.SubmitAsync("/cancel", form, FormFields.Jan(changes));
        Assert.Equal(HttpStatusCode.Accepted, page.Status);
        store.Broken = false;
        return form;
    }
}
