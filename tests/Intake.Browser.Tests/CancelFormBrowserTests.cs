using System.Globalization;
using Intake.Testing;
using Microsoft.Playwright;

namespace Intake.Browser.Tests;

/// <summary>Chromium walks the cancellation button of § 312k BGB in every language, screenshots in the test output.</summary>
public sealed class CancelFormBrowserTests : BrowserTest
{
    [Theory]
    [InlineData("nl", "Naam", "Klantnummer", "E-mailadres", "Contractnummer", "Opzegging om een dringende reden", "Verhuizing", "Nu opzeggen", "Uw opzegging is ontvangen", "Verklaring opslaan als PDF", "Printbare versie")]
    [InlineData("en", "Name", "Customer number", "Email address", "Contract number", "Cancellation for good cause", "Moving house", "Cancel now", "Your cancellation has been received", "Save the declaration as PDF", "Printable version")]
    [InlineData("de", "Name", "Kundennummer", "E-Mail-Adresse", "Vertragsnummer", "Außerordentliche Kündigung aus wichtigem Grund", "Umzug", "Jetzt kündigen", "Ihre Kündigung ist eingegangen", "Erklärung als PDF speichern", "Druckansicht")]
    public async Task A_customer_cancels_for_good_cause_with_one_button_without_login_and_saves_the_declaration(
        string language, string name, string account, string email, string contract, string goodCause, string moving,
        string submit, string receipt, string savePdf, string print)
    {
        await CustomerSeed.AddAsync(Host.Database, "NL4711", email: "jan@example.nl", contractId: "K-4711");

        await Page.GotoAsync($"/cancel?lang={language}");
        // Only the declaration's fields, no password and one button (§ 312k Abs. 2 BGB; no login step, no staged questions).
        await Assertions.Expect(Page.Locator("input[type=password]")).ToHaveCountAsync(0);
        await Assertions.Expect(Page.Locator("button, input[type=submit]")).ToHaveCountAsync(1);
        await Chromium.ScreenshotAsync($"cancel-{language}-1-form");

        await Page.GetByLabel(name, new() { Exact = false }).First.FillAsync("Jürgen Weiß");
        await Page.GetByLabel(account, new() { Exact = false }).FillAsync("NL4711");
        await Page.GetByLabel(email, new() { Exact = false }).FillAsync("jan@example.nl");
        await Page.GetByLabel(contract, new() { Exact = false }).FillAsync("K-4711");
        await Page.GetByLabel(goodCause, new() { Exact = true }).CheckAsync();
        await Page.Locator("select[name=reason]").SelectOptionAsync(new SelectOptionValue { Label = moving });
        await Chromium.ScreenshotAsync($"cancel-{language}-2-filled");
        await Page.GetByRole(AriaRole.Button, new() { Name = submit, Exact = true }).ClickAsync();

        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync(receipt);
        var local = TimeZoneInfo.ConvertTime(Host.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam"));
        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync(local.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture));
        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync(moving);
        var reference = await Host.Database.ScalarAsync<string>("SELECT reference FROM cancellation_case");
        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync(reference);
        await Chromium.ScreenshotAsync($"cancel-{language}-3-receipt");

        var pdf = await Page.APIRequest.GetAsync(await Page.GetByRole(AriaRole.Link, new() { Name = savePdf }).GetAttributeAsync("href") ?? "");
        Assert.Equal(200, pdf.Status);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        await Page.GetByRole(AriaRole.Link, new() { Name = print }).ClickAsync();
        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync(reference);
        await Chromium.ScreenshotAsync($"cancel-{language}-4-printable");
        Assert.Equal("extraordinary", await Host.Database.ScalarAsync<string>("SELECT kind FROM cancellation_case"));
    }
}
