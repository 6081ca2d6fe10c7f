using Dapper;
using Intake.Core.Console;
using Intake.Core.Callbacks;
using Intake.Webcare.Tests.Support;
using Intake.Webcare.Text;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Webcare.Tests;

public sealed class CallbackTests(ConsoleHostFixture fixture) : IClassFixture<ConsoleHostFixture>
{
    private readonly ConsoleHostFactory _host = fixture.Host;

    [Fact]
    public async Task An_overdue_callback_is_escalated_once_shown_red_to_its_owner_and_listed_for_supervisors()
    {
        var reference = (await _host.ReceiveAsync("email", $"bel{Guid.NewGuid():N}@example.nl", "Wat is de opzegtermijn van mijn contract?")).CaseReference!;
        var agent = await _host.SignInAsync(StaffRoles.Agent);
        var due = _host.Clock.GetUtcNow().AddHours(1);
        await ConsoleHostFactory.PostFormAsync(agent, $"/console/cases/{reference}", "Callback", new() { ["dueAt"] = ConsoleTime.Input(due), ["note"] = "bellen over termijn" });
        var page = await agent.GetStringAsync("/console/callbacks");
        Assert.Contains(reference, page);
        Assert.DoesNotContain("class=\"overdue\"", page);

        _host.Clock.Advance(TimeSpan.FromHours(2));
        var job = _host.Services.GetRequiredService<CallbackEscalationJob>();
        Assert.True(await job.RunAsync(CancellationToken.None) >= 1);
        Assert.Equal(0, await job.RunAsync(CancellationToken.None));

        Assert.Equal(1, await _host.Database.ScalarAsync<int>(
            "SELECT count(*)::int FROM case_event e JOIN cancellation_case c ON c.id = e.case_id WHERE c.reference = @reference AND e.type = 'callback_overdue'", new { reference }));
        var mine = await agent.GetStringAsync("/console/callbacks");
        Assert.Contains("class=\"overdue\"", mine);
        Assert.Contains("overdue callback", mine);
        var supervisor = await _host.SignInAsync(StaffRoles.Supervisor);
        Assert.DoesNotContain(reference, await supervisor.GetStringAsync("/console/callbacks"));
        Assert.Contains(reference, await supervisor.GetStringAsync("/console/callbacks?all=true"));
        Assert.Contains(reference, await supervisor.GetStringAsync("/console?queue=callbacks"));

        var promiseId = await _host.Database.ScalarAsync<long>(
            "SELECT p.id FROM callback_promise p JOIN cancellation_case c ON c.id = p.case_id WHERE c.reference = @reference", new { reference });
        await ConsoleHostFactory.PostFormAsync(agent, $"/console/cases/{reference}", "CallbackDone", new() { ["promiseId"] = promiseId.ToString() });
        Assert.DoesNotContain(reference, await agent.GetStringAsync("/console/callbacks"));
        Assert.Equal("true", await _host.Database.ScalarAsync<string>(
            "SELECT e.data->>'late' FROM case_event e JOIN cancellation_case c ON c.id = e.case_id WHERE c.reference = @reference AND e.type = 'callback_done'", new { reference }));
    }

    [Fact]
    public async Task The_overdue_job_is_a_hangfire_recurring_job()
    {
        await using var connection = await _host.Database.DataSource.OpenConnectionAsync();
        var jobs = await connection.QueryAsync<string>("SELECT value FROM hangfire.set WHERE key = 'recurring-jobs'");
        Assert.Contains(CallbackEscalationJob.RecurringId, jobs);
    }
}
