using Intake.Core.Console;
using Intake.Webcare.Tests.Support;
using Microsoft.Playwright;

namespace Intake.Browser.Tests;

public sealed class AttachmentBrowserTests : BrowserTest
{
    [Fact]
    public async Task A_reviewer_opens_the_scanned_letter_of_an_email_and_takes_the_case()
    {
        var mail = AttachmentMail.Build("marie@example.nl", "Hierbij zeg ik mijn abonnement op, zie de brief in de bijlage.",
            ("opzegbrief.png", "image/png", AttachmentMail.Png), ("opzegbrief.pdf", "application/pdf", AttachmentMail.Pdf));
        var reference = (await Host.ReceiveMailAsync(mail)).CaseReference!;
        var email = await Host.AddStaffAsync(StaffRoles.Agent);
        await SignInAsync(email);

        await Page.GotoAsync($"/console/cases/{reference}");
        var files = Page.Locator("ul.files");
        await Assertions.Expect(files).ToContainTextAsync("opzegbrief.png (image/png, 1 KB)");
        await Assertions.Expect(files).ToContainTextAsync("opzegbrief.pdf (application/pdf, 1 KB)");
        await Chromium.ScreenshotAsync("case-attachments");

        var image = await Page.Context.RunAndWaitForPageAsync(() => files.Locator("li[data-attachment='1']").GetByRole(AriaRole.Link, new() { Name = "View" }).ClickAsync());
        await image.WaitForLoadStateAsync();
        Assert.Contains($"/console/cases/{reference}/messages/", image.Url);
        Assert.EndsWith("/attachments/1", image.Url);
        Assert.Equal(1, await image.EvaluateAsync<int>("() => document.images.length === 1 ? document.images[0].naturalWidth : -1"));
        await image.CloseAsync();

        await Page.GetByLabel("Assigned to").SelectOptionAsync(new SelectOptionValue { Label = email });
        await Page.Locator("#assign").ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Assigned.");
        await Assertions.Expect(Page.Locator("#assignee")).ToHaveTextAsync(email);
        await Assertions.Expect(Page.Locator("li.event", new() { HasText = "Attachment viewed" })).ToContainTextAsync(email);
        await Chromium.ScreenshotAsync("case-assigned");

        await Page.GotoAsync("/console");
        await Page.GetByRole(AriaRole.Link, new() { Name = "My cases" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = reference })).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("td[data-assignee]")).ToHaveTextAsync(email);
        await Chromium.ScreenshotAsync("queue-mine");
    }
}
