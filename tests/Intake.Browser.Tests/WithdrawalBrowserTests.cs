using System.Globalization;
using Intake.Testing;
using Microsoft.Playwright;

namespace Intake.Browser.Tests;

/// <summary>Chromium walks the withdrawal function (art. 11a, § 356a BGB) in every language, screenshots in the test output.</summary>
public sealed class WithdrawalBrowserTests : BrowserTest
{
    [Theory]
    [InlineData("nl", "Overeenkomst hier herroepen", "Naam", "Klant- of contractnummer", "E-mailadres", "Herroeping bevestigen", "Uw herroeping is ontvangen", "Verklaring opslaan als PDF")]
    [InlineData("en", "Withdraw from contract here", "Name", "Customer or contract number", "Email address", "Confirm withdrawal", "Your withdrawal has been received", "Save the declaration as PDF")]
    [InlineData("de", "Vertrag widerrufen", "Name", "Kunden- oder Vertragsnummer", "E-Mail-Adresse", "Widerruf bestätigen", "Ihr Widerruf ist eingegangen", "Erklärung als PDF speichern")]
    public async Task A_customer_withdraws_in_two_steps_without_login_and_gets_a_receipt_with_date_time_and_the_declaration_to_save(
        string language, string first, string name, string number, string email, string confirm, string receipt, string savePdf)
    {
        var concluded = DateOnly.FromDateTime(Host.Clock.GetUtcNow().UtcDateTime).AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await CustomerSeed.AddAsync(Host.Database, "NL4711", email: "jan@example.nl", contractId: "K-4711", concludedOn: concluded);

        await Page.GotoAsync($"/withdraw?lang={language}");
        await Chromium.ScreenshotAsync($"withdraw-{language}-1-start");
        await Page.GetByRole(AriaRole.Button, new() { Name = first, Exact = true }).ClickAsync();

        await Page.GetByLabel(name, new() { Exact = true }).FillAsync("Jürgen Weiß");
        await Page.GetByLabel(number, new() { Exact = true }).FillAsync("K-4711");
        await Page.GetByLabel(email, new() { Exact = true }).FillAsync("jan@example.nl");
        await Chromium.ScreenshotAsync($"withdraw-{language}-2-declaration");
        await Page.GetByRole(AriaRole.Button, new() { Name = confirm, Exact = true }).ClickAsync();

        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync(receipt);
        var local = TimeZoneInfo.ConvertTime(Host.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam"));
        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync(local.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture));
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = savePdf })).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync($"withdraw-{language}-3-receipt");

        var pdf = await Page.APIRequest.GetAsync(await Page.GetByRole(AriaRole.Link, new() { Name = savePdf }).GetAttributeAsync("href") ?? "");
        Assert.Equal(200, pdf.Status);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        Assert.Equal("withdrawal", await Host.Database.ScalarAsync<string>("SELECT kind FROM cancellation_case"));
    }
}
