using System.Net;
using Intake.Testing;
using UglyToad.PdfPig;

namespace Intake.Channels.Web.Tests.Withdrawal;

/// <summary>The withdrawal function (Directive 2023/2673 art. 11a, § 356a BGB) and saving the declaration (§ 312k Abs. 3 BGB).</summary>
public sealed class WithdrawalFunctionTests
{
    /// <summary>Jan concluded his contract four days before <see cref="WebFormHost.Now"/>: within the 14 days.</summary>
    private static async Task ConcludedRecentlyAsync(TestDatabase database) =>
        await database.ExecuteAsync("UPDATE contract SET concluded_on = DATE '2026-11-20'");

    private static Dictionary<string, string> Jan(string contract = TestData.JanContract) => new(StringComparer.Ordinal)
    {
        ["name"] = "Jan Jansen", ["contract"] = contract, ["email"] = TestData.JanEmail,
    };

    private static async Task<Page> WithdrawAsync(Browser browser, string language, Dictionary<string, string> fields)
    {
        var start = await browser.GetAsync($"/withdraw?lang={language}");
        Assert.Equal(HttpStatusCode.OK, start.Status);
        var form = await browser.GetAsync($"/withdraw/declaration?lang={language}");
        Assert.Equal(HttpStatusCode.OK, form.Status);
        return await browser.SubmitAsync("/withdraw/declaration", form, fields);
    }

    [Theory]
    [InlineData("nl", "Overeenkomst hier herroepen", "Herroeping bevestigen")]
    [InlineData("en", "Withdraw from contract here", "Confirm withdrawal")]
    [InlineData("de", "Vertrag widerrufen", "Widerruf bestätigen")]
    public async Task The_first_control_says_withdraw_from_contract_here_and_the_second_confirm_withdrawal_without_login(
        string language, string first, string second)
    {
        await using var host = await WebFormHost.StartAsync();
        using var browser = host.NewBrowser();

        var start = await browser.GetAsync($"/withdraw?lang={language}");
        var form = await browser.GetAsync($"/withdraw/declaration?lang={language}");

        Assert.Contains($">{first}</button>", start.Html, StringComparison.Ordinal);
        Assert.Contains($">{second}</button>", WebUtility.HtmlDecode(form.Html), StringComparison.Ordinal);
        Assert.DoesNotContain("password", form.Html, StringComparison.OrdinalIgnoreCase);
        // Exactly three details: name, number, email (plus hidden fields), no staged questions.
        var visible = System.Text.RegularExpressions.Regex.Matches(form.Html, "<input type=\"(text|email)\"").Count;
        Assert.Equal(3, visible);
    }

    [Fact]
    public async Task A_withdrawal_within_14_days_is_accepted_and_acknowledged_by_email_with_content_date_and_time()
    {
        await using var host = await WebFormHost.StartAsync();
        await TestData.SeedJanAsync(host.Database);
        await ConcludedRecentlyAsync(host.Database);
        using var browser = host.NewBrowser();

        var submitted = await WithdrawAsync(browser, "nl", Jan());

        Assert.Equal(HttpStatusCode.SeeOther, submitted.Status);
        var @case = (await host.Database.QueryAsync<(string Status, string Kind, string FirstChannel, DateTime ReceivedAt)>(
            "SELECT status, kind, first_channel, received_at FROM cancellation_case")).Single();
        Assert.Equal(("Accepted", "withdrawal", "web"), (@case.Status, @case.Kind, @case.FirstChannel));
        var mail = (await host.Database.QueryAsync<(string Kind, string Channel, string Subject, string Body)>(
            "SELECT kind, channel, subject, body FROM outbound_message")).Single();
        Assert.Equal(("confirmation", "email"), (mail.Kind, mail.Channel));
        Assert.StartsWith("Ontvangstbevestiging van uw herroeping", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("ontvangen op 24 november 2026 om 20:15", mail.Body, StringComparison.Ordinal);
        Assert.Contains("Soort: herroeping", mail.Body, StringComparison.Ordinal);

        var receipt = await browser.GetAsync(submitted.Location!);
        Assert.True(receipt.Contains("Uw herroeping is ontvangen"));
        Assert.True(receipt.Contains("24-11-2026 20:15"));
        Assert.True(receipt.Contains("Verklaring opslaan als PDF"));
    }

    [Fact]
    public async Task A_withdrawal_after_14_days_is_recorded_goes_to_review_and_tells_the_customer_what_happens_next()
    {
        await using var host = await WebFormHost.StartAsync();
        await TestData.SeedJanAsync(host.Database); // concluded (start date) 1 January 2025
        using var browser = host.NewBrowser();

        var submitted = await WithdrawAsync(browser, "en", Jan(TestData.JanAccount));

        Assert.Equal(HttpStatusCode.SeeOther, submitted.Status);
        Assert.Equal(("NeedsReview", "withdrawal"), (await host.Database.QueryAsync<(string, string)>("SELECT status, kind FROM cancellation_case")).Single());
        Assert.Equal(1, await host.Database.ScalarAsync<long>("SELECT count(*) FROM case_event WHERE type = 'withdrawal_after_period'"));
        var mail = (await host.Database.QueryAsync<(string Kind, string Body)>("SELECT kind, body FROM outbound_message")).Single();
        Assert.Equal("acknowledgement", mail.Kind);
        Assert.Contains("What happens next", mail.Body, StringComparison.Ordinal);
        Assert.Contains("24 November 2026 at 20:15", mail.Body, StringComparison.Ordinal);

        var receipt = await browser.GetAsync(submitted.Location!);
        Assert.True(receipt.Contains("Your withdrawal has been received"));
        Assert.True(receipt.Contains("What happens next"));
    }

    [Fact]
    public async Task The_withdrawal_function_asks_for_the_number_and_the_email_and_keeps_what_was_typed()
    {
        await using var host = await WebFormHost.StartAsync();
        using var browser = host.NewBrowser();

        var page = await WithdrawAsync(browser, "de", new(StringComparer.Ordinal) { ["name"] = "Jürgen Weiß", ["contract"] = "", ["email"] = "" });

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("Bitte geben Sie Ihre Kunden- oder Vertragsnummer an.", page.ErrorFor("contract"));
        Assert.StartsWith("Bitte geben Sie Ihre E-Mail-Adresse an", page.ErrorFor("email"), StringComparison.Ordinal);
        Assert.Equal("Jürgen Weiß", page.InputValue("name"));
        Assert.Equal(0, await host.Database.ScalarAsync<long>("SELECT count(*) FROM inbound_message"));
    }

    [Fact]
    public async Task The_declaration_is_saved_as_a_pdf_whose_text_reads_back_with_reference_date_time_and_umlauts()
    {
        await using var host = await WebFormHost.StartAsync();
        await TestData.SeedJanAsync(host.Database);
        await ConcludedRecentlyAsync(host.Database);
        using var browser = host.NewBrowser();
        var submitted = await WithdrawAsync(browser, "de", new(StringComparer.Ordinal)
        {
            ["name"] = "Jürgen Weiß", ["contract"] = TestData.JanContract, ["email"] = TestData.JanEmail,
        });
        var reference = await host.Database.ScalarAsync<string>("SELECT reference FROM cancellation_case");
        var receipt = await browser.GetAsync(submitted.Location!);
        var pdfHref = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(receipt.Html, "href=\"([^\"]*declaration\\.pdf[^\"]*)\"").Groups[1].Value);

        using var client = host.NewClient();
        using var response = await client.GetAsync(pdfHref);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join("\n", pdf.GetPages().Select(page => string.Join(" ", page.GetWords().Select(w => w.Text))));

        Assert.Contains("Ihre Erklärung", text, StringComparison.Ordinal);
        Assert.Contains(reference, text, StringComparison.Ordinal);
        Assert.Contains("24-11-2026 20:15", text, StringComparison.Ordinal);
        Assert.Contains("Abgesendet und eingegangen am", text, StringComparison.Ordinal);
        Assert.Contains("Widerruf innerhalb der 14-tägigen Widerrufsfrist", text, StringComparison.Ordinal);
        Assert.Contains("Jürgen Weiß", text, StringComparison.Ordinal);
        Assert.Contains("Gewünschtes Vertragsende", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_receipt_of_the_cancellation_form_offers_the_pdf_and_a_printable_page_behind_the_same_signature()
    {
        await using var host = await WebFormHost.StartAsync();
        await TestData.SeedJanAsync(host.Database);
        using var browser = host.NewBrowser();
        var form = await browser.GetAsync("/cancel");
        var submitted = await browser.SubmitAsync("/cancel", form, Form.FormFields.Jan());
        var receiptPath = submitted.Location!.Split('?')[0];
        var query = submitted.Location!.Split('?')[1];

        var print = await browser.GetAsync($"{receiptPath}/print?{query}");
        var pdf = await browser.GetAsync($"{receiptPath}/declaration.pdf?{query}");
        var forged = await browser.GetAsync($"{receiptPath}/declaration.pdf?t=forged");

        Assert.Equal(HttpStatusCode.OK, print.Status);
        Assert.True(print.Contains("Uw verklaring"));
        Assert.True(print.Contains("Opzegging via het webformulier"));
        Assert.True(print.Contains("24-11-2026 20:15"));
        Assert.Equal(HttpStatusCode.OK, pdf.Status);
        Assert.Equal("application/pdf", pdf.ContentType);
        Assert.Equal(HttpStatusCode.NotFound, forged.Status);
    }
}
