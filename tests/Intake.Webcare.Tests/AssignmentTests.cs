using System.Net;
using Intake.Core.Console;
using Intake.Webcare.Tests.Support;

namespace Intake.Webcare.Tests;

public sealed class AssignmentTests(ConsoleHostFixture fixture) : IClassFixture<ConsoleHostFixture>
{
    private readonly ConsoleHostFactory _host = fixture.Host;

    [Fact]
    public async Task A_case_is_assigned_and_unassigned_each_time_as_a_case_event_and_the_queue_shows_the_assignee()
    {
        var reference = await UnclearCaseAsync();
        var agent = await _host.AddStaffAsync(StaffRoles.Agent);
        var agentId = await _host.StaffIdAsync(agent);
        var supervisorEmail = await _host.AddStaffAsync(StaffRoles.Supervisor);
        var supervisor = await _host.SignInAsAsync(supervisorEmail);

        var assigned = await ConsoleHostFactory.PostFormAsync(supervisor, $"/console/cases/{reference}", "Assign", new() { ["staffId"] = $"{agentId}" });
        await ConsoleHostFactory.PostFormAsync(supervisor, $"/console/cases/{reference}", "Assign", new() { ["staffId"] = $"{agentId}" });

        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        Assert.Equal(agentId, await AssignedToAsync(reference));
        var page = await supervisor.GetStringAsync($"/console/cases/{reference}");
        Assert.Contains($"<dd id=\"assignee\">{agent}</dd>", page);
        Assert.Contains("Assigned", page);
        Assert.Contains($"<td data-assignee>{agent}</td>", await supervisor.GetStringAsync("/console?queue=review"));

        await ConsoleHostFactory.PostFormAsync(supervisor, $"/console/cases/{reference}", "Unassign", []);

        Assert.Null(await AssignedToAsync(reference));
        var events = await _host.Database.QueryAsync<(string Type, string Actor, string? Assignee, string? Previous)>(
            """
            SELECT e.type, e.actor, e.data->>'assignee', e.data->>'previousAssignee' FROM case_event e JOIN cancellation_case c ON c.id = e.case_id
            WHERE c.reference = @reference AND e.type IN ('case_assigned', 'case_unassigned') ORDER BY e.id
            """, new { reference });
        var supervisorActor = "staff:" + await _host.StaffIdAsync(supervisorEmail);
        Assert.Equal(
            [("case_assigned", supervisorActor, $"staff:{agentId}", null), ("case_unassigned", supervisorActor, null, $"staff:{agentId}")],
            events);
        Assert.Contains("<dd id=\"assignee\">Nobody</dd>", await supervisor.GetStringAsync($"/console/cases/{reference}"));
    }

    [Fact]
    public async Task The_mine_queue_lists_the_signed_in_staff_members_open_cases_and_nothing_else()
    {
        var mine = await UnclearCaseAsync();
        var closed = await UnclearCaseAsync();
        var theirs = await UnclearCaseAsync();
        var unassigned = await UnclearCaseAsync();
        var client = await _host.SignInAsync(StaffRoles.Agent);
        var colleague = await _host.StaffIdAsync(await _host.AddStaffAsync(StaffRoles.Agent));

        // Without a staff member chosen, "assign" takes the case for oneself.
        await ConsoleHostFactory.PostFormAsync(client, $"/console/cases/{mine}", "Assign", []);
        await ConsoleHostFactory.PostFormAsync(client, $"/console/cases/{closed}", "Assign", []);
        await ConsoleHostFactory.PostFormAsync(client, $"/console/cases/{closed}", "Dismiss", new() { ["reason"] = "question" });
        await ConsoleHostFactory.PostFormAsync(client, $"/console/cases/{theirs}", "Assign", new() { ["staffId"] = $"{colleague}" });

        var queue = await client.GetStringAsync("/console?queue=mine");

        Assert.Contains(mine, queue);
        Assert.DoesNotContain(closed, queue);
        Assert.DoesNotContain(theirs, queue);
        Assert.DoesNotContain(unassigned, queue);
        Assert.Contains("<span class=\"pill\" data-count=\"mine\">1</span>", queue);
    }

    [Fact]
    public async Task A_deactivated_staff_member_is_not_offered_as_assignee_and_cannot_be_given_a_case()
    {
        var reference = await UnclearCaseAsync();
        var leaver = await _host.AddStaffAsync(StaffRoles.Agent);
        var leaverId = await _host.StaffIdAsync(leaver);
        var admin = await _host.SignInAsync(StaffRoles.Admin);
        await ConsoleHostFactory.PostFormAsync(admin, "/console/staff", "Deactivate", new() { ["id"] = $"{leaverId}" });

        Assert.DoesNotContain($"<option value=\"{leaverId}\"", await admin.GetStringAsync($"/console/cases/{reference}"));
        var refused = await ConsoleHostFactory.PostFormAsync(admin, $"/console/cases/{reference}", "Assign", new() { ["staffId"] = $"{leaverId}" });

        Assert.Contains("deactivated or unknown", await admin.GetStringAsync(refused.Headers.Location!.ToString()));
        Assert.Null(await AssignedToAsync(reference));
        Assert.Equal(0, await _host.Database.ScalarAsync<int>(
            "SELECT count(*)::int FROM case_event e JOIN cancellation_case c ON c.id = e.case_id WHERE c.reference = @reference AND e.type = 'case_assigned'",
            new { reference }));
    }

    private async Task<string> UnclearCaseAsync() =>
        (await _host.ReceiveAsync("email", $"vraag{Guid.NewGuid():N}@example.nl", "Wat is de opzegtermijn van mijn contract?")).CaseReference!;

    private async Task<long?> AssignedToAsync(string reference) => (await _host.Database.QueryAsync<long?>(
        "SELECT assigned_to FROM cancellation_case WHERE reference = @reference", new { reference })).Single();
}
