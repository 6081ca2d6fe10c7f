using System.Net;

namespace Intake.Channels.Web.Tests.Form;

public sealed class ReceiptPageTests
{
    [Fact]
    public async Task The_receipt_shows_reference_receipt_time_what_is_cancelled_end_date_and_where_the_confirmation_goes()
    {
        await using var host = await WebFormHost.StartAsync();
        await TestData.SeedJanAsync(host.Database);
        using var browser = host.NewBrowser();
        var form = await browser.GetAsync("/cancel");
        var submitted = await browser.SubmitAsync("/cancel", form, FormFields.Jan());

        var receipt = await browser.GetAsync(submitted.Location!);

        Assert.Equal(HttpStatusCode.OK, receipt.Status);
        var reference = await host.Database.ScalarAsync<string>("SELECT reference FROM cancellation_case");
        var effective = await host.Database.ScalarAsync<DateTime>("SELECT effective_date FROM cancellation_case");
        Assert.True(receipt.Contains(reference));
        Assert.True(receipt.Contains("24-11-2026 20:15"));
        Assert.True(receipt.Contains("Internet 100"));
        Assert.True(receipt.Contains("Gewone opzegging"));
        Assert.True(receipt.Contains(DateOnly.FromDateTime(effective).ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"))));
        Assert.True(receipt.Contains("Wij sturen de bevestiging naar j***@example.nl."));
        Assert.DoesNotContain(TestData.JanEmail, receipt.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Your cancellation has been received", "d MMMM yyyy", "en-GB")]
    [InlineData("de", "Ihre Kündigung ist eingegangen", "d. MMMM yyyy", "de-DE")]
    public async Task The_receipt_speaks_the_language_of_the_form(string language, string title, string dateFormat, string culture)
    {
        await using var host = await WebFormHost.StartAsync();
        await TestData.SeedJanAsync(host.Database);
        using var browser = host.NewBrowser();
        var form = await browser.GetAsync($"/cancel?lang={language}");
        var submitted = await browser.SubmitAsync("/cancel", form, FormFields.Jan());

        var receipt = await browser.GetAsync(submitted.Location!);

        var effective = DateOnly.FromDateTime(await host.Database.ScalarAsync<DateTime>("SELECT effective_date FROM cancellation_case"));
        Assert.Contains($"<html lang=\"{language}\">", receipt.Html, StringComparison.Ordinal);
        Assert.True(receipt.Contains(title));
        Assert.True(receipt.Contains(effective.ToString(dateFormat, System.Globalization.CultureInfo.GetCultureInfo(culture))));
    }

    [Fact]
    public async Task A_receipt_needs_its_signed_link()
    {
        await using var host = await WebFormHost.StartAsync();
        await TestData.SeedJanAsync(host.Database);
        using var browser = host.NewBrowser();
        var form = await browser.GetAsync("/cancel");
        var submitted = await browser.SubmitAsync("/cancel", form, FormFields.Jan());
        var reference = await host.Database.ScalarAsync<string>("SELECT reference FROM cancellation_case");
        var token = submitted.Location!.Split("t=")[1].Split('&')[0];
        await TestData.InsertCaseAsync(host.Database, "C-OTHER-1", "other-token");

        var unsigned = await browser.GetAsync($"/cancel/receipt/{reference}");
        var tampered = await browser.GetAsync($"/cancel/receipt/{reference}?t={token[..^4]}AAAA");
        var borrowed = await browser.GetAsync($"/cancel/receipt/C-OTHER-1?t={token}");

        Assert.Equal(HttpStatusCode.NotFound, unsigned.Status);
        Assert.Equal(HttpStatusCode.NotFound, tampered.Status);
        Assert.Equal(HttpStatusCode.NotFound, borrowed.Status);
        Assert.True(unsigned.Contains("Pagina niet gevonden"));
        Assert.False(unsigned.Contains(reference));
    }
}
