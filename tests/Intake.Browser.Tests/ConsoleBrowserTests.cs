using Intake.Core.Console;
using Intake.Testing;
using Intake.Core.Callbacks;
using Intake.Webcare.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Intake.Browser.Tests;

public sealed class ConsoleBrowserTests : BrowserTest
{
    [Fact]
    public async Task An_agent_signs_in_finds_an_unclear_email_confirms_it_and_sees_the_confirmation_in_the_timeline()
    {
        await CustomerSeed.AddAsync(Host.Database, "NL4711", email: "jan@example.nl");
        var receivedAt = Host.Clock.GetUtcNow().AddHours(-5);
        var reference = (await Host.ReceiveAsync("email", "jan@example.nl", "Wat is de opzegtermijn van mijn contract?", receivedAt)).CaseReference!;
        var email = await Host.AddStaffAsync(StaffRoles.Agent);

        await SignInAsync(email);
        await Chromium.ScreenshotAsync("queues");
        await Assertions.Expect(Page.Locator("[data-count=review]")).ToHaveTextAsync("1");

        await Page.GetByLabel("Search by reference").FillAsync("jan@example.nl");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await Assertions.Expect(Page.Locator("#status")).ToHaveTextAsync("Needs review");
        var receipt = await Page.Locator("#receipt").InnerTextAsync();
        await Chromium.ScreenshotAsync("case-needs-review");

        await Page.GetByLabel("Kind of cancellation").SelectOptionAsync("ordinary");
        await Page.Locator("#confirm").ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Confirmed");
        await Assertions.Expect(Page.Locator("#status")).ToHaveTextAsync("Accepted");
        Assert.Equal(receipt, await Page.Locator("#receipt").InnerTextAsync());

        // The dispatcher sends it at once (dev outbox without credentials); the timeline shows it went.
        await WaitForAsync(async () =>
        {
            await Page.ReloadAsync();
            return await Page.Locator("li.reply", new() { HasText = "confirmation" }).Locator(".pill", new() { HasText = "dev outbox" }).CountAsync() == 1;
        });
        await Assertions.Expect(Page.Locator("li.event", new() { HasText = "Confirmed as cancellation" })).ToContainTextAsync(email);
        await Chromium.ScreenshotAsync("case-confirmed");
    }

    [Fact]
    public async Task A_promised_callback_turns_overdue_when_its_time_has_passed()
    {
        var reference = (await Host.ReceiveAsync("email", "piet@example.nl", "Kan ik mijn contract tussentijds opzeggen als ik verhuis?")).CaseReference!;
        var email = await Host.AddStaffAsync(StaffRoles.Supervisor);
        await SignInAsync(email);

        await Page.GotoAsync($"/console/cases/{reference}");
        await Page.GetByLabel("About").FillAsync("uitleg opzegtermijn");
        await Page.Locator("#promise-callback").ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Callback promised");
        await Page.GotoAsync("/console/callbacks");
        await Assertions.Expect(Page.Locator("tr[data-callback]")).ToHaveCountAsync(1);
        await Assertions.Expect(Page.Locator("tr.overdue")).ToHaveCountAsync(0);

        Host.Clock.Advance(TimeSpan.FromHours(3));
        await Host.Services.GetRequiredService<CallbackEscalationJob>().RunAsync(CancellationToken.None);

        await Page.ReloadAsync();
        await Assertions.Expect(Page.Locator("tr.overdue")).ToHaveCountAsync(1);
        await Assertions.Expect(Page.Locator("tr.overdue")).ToContainTextAsync("escalated");
        await Assertions.Expect(Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "overdue callback" })).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync("callbacks-overdue");
        await Page.GotoAsync($"/console/cases/{reference}");
        await Assertions.Expect(Page.Locator("li.event", new() { HasText = "Callback overdue" })).ToHaveCountAsync(1);
        await Chromium.ScreenshotAsync("case-callback-overdue");

        await Page.GotoAsync("/console/reports/reasons");
        await Assertions.Expect(Page.Locator("figure svg[role=img]")).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync("reasons");
        await Page.GotoAsync("/console/manual");
        await Chromium.ScreenshotAsync("manual-intake");
        await Page.GotoAsync("/console/quarantine");
        await Chromium.ScreenshotAsync("quarantine");
    }

    [Fact]
    public async Task An_agent_turns_a_message_in_the_not_a_cancellation_queue_into_a_case_without_javascript()
    {
        await CustomerSeed.AddAsync(Host.Database, "NL4712", email: "kees@example.nl");
        var receivedAt = Host.Clock.GetUtcNow().AddHours(-4);
        await Host.ReceiveAsync("email", "kees@example.nl", "Mijn internet doet het niet meer sinds gisteren. Kunnen jullie een monteur sturen?", receivedAt);
        await SignInAsync(await Host.AddStaffAsync(StaffRoles.Agent));

        await Assertions.Expect(Page.Locator("[data-count=other]")).ToHaveTextAsync("1");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Not a cancellation" }).ClickAsync();
        await Assertions.Expect(Page.Locator("tr[data-message]")).ToHaveCountAsync(1);
        await Assertions.Expect(Page.Locator("#miss-rate")).ToContainTextAsync("0 of 1");
        await Chromium.ScreenshotAsync("other-queue");

        await Page.GetByRole(AriaRole.Button, new() { Name = "This is a cancellation" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Taken in as a cancellation");
        await Assertions.Expect(Page.Locator("#status")).ToHaveTextAsync("Accepted");
        await Assertions.Expect(Page.Locator("#receipt")).ToContainTextAsync(Webcare.Text.ConsoleTime.Format(receivedAt));
        await Assertions.Expect(Page.Locator("li.event", new() { HasText = "Reclassified by staff" })).ToHaveCountAsync(1);
        await Chromium.ScreenshotAsync("other-reclassified");
        await Page.GotoAsync("/console/other");
        await Assertions.Expect(Page.Locator("tr[data-message]")).ToHaveCountAsync(0);
        await Assertions.Expect(Page.Locator("#miss-rate")).ToContainTextAsync("1 of 1 'other' messages in the last 30 days (100.0%)");
    }


    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "not within 20 s");
            await Task.Delay(250);
        }
    }
}
