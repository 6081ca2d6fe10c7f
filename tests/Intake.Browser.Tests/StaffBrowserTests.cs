using Intake.Core.Console;
using Intake.Host.Commands;
using Intake.Storage.Postgres.Console;
using Microsoft.Playwright;

namespace Intake.Browser.Tests;

public sealed class StaffBrowserTests : BrowserTest
{
    [Fact]
    public async Task An_admin_resets_a_password_and_its_owner_must_choose_a_new_one_before_anything_else()
    {
        var agent = await Host.AddStaffAsync(StaffRoles.Agent);
        var agentId = await Host.StaffIdAsync(agent);
        await SignInAsync(await Host.AddStaffAsync(StaffRoles.Admin));

        await Page.GetByRole(AriaRole.Link, new() { Name = "Staff", Exact = true }).ClickAsync();
        var row = Page.Locator($"#staff-{agentId}");
        await row.Locator("summary").ClickAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Reset password" }).ClickAsync();
        var temporary = await Page.Locator("#new-password").InnerTextAsync();
        await Assertions.Expect(Page.Locator("#staff-events td[data-type=password_reset]")).ToHaveCountAsync(1);
        await Chromium.ScreenshotAsync("staff-reset");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await SignInAsync(agent, temporary, landsOn: "Change password");
        await Assertions.Expect(Page.Locator("#must-change")).ToBeVisibleAsync();
        await Page.GotoAsync("/console/callbacks");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Change password", Level = 1 })).ToBeVisibleAsync();
        await Page.GetByLabel("Current password").FillAsync(temporary);
        await Page.GetByLabel("New password", new() { Exact = true }).FillAsync("a much better passphrase");
        await Page.GetByLabel("Repeat the new password").FillAsync("a much better passphrase");
        await Chromium.ScreenshotAsync("password-change");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Password changed");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Queues", Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_deactivated_agent_is_signed_out_at_the_next_click()
    {
        var agent = await Host.AddStaffAsync(StaffRoles.Agent);
        await SignInAsync(agent);

        await StaffActivationCommand.RunAsync(
            new PostgresStaffUsers(Host.Database.DataSource), new PostgresStaffLifecycle(Host.Database.DataSource, TimeProvider.System),
            activate: false, [agent], TextWriter.Null, TextWriter.Null, CancellationToken.None);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Callbacks", Exact = true }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Aanmelden", Level = 1 })).ToBeVisibleAsync();
        await Page.GotoAsync("/console/login?lang=en");
        await Page.GetByLabel("Email address").FillAsync(agent);
        await Page.GetByLabel("Password").FillAsync(Webcare.Tests.Support.ConsoleHostFactory.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#login-error")).ToContainTextAsync("deactivated");
    }
}
