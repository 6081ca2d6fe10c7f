using System.Net;

namespace Intake.Channels.Web.Tests.Form;

public sealed class CancelFormValidationTests
{
    [Fact]
    public async Task Missing_name_and_address_show_a_message_per_field_and_keep_what_was_typed()
    {
        await using var host = await WebFormHost.StartAsync();
        using var browser = host.NewBrowser();
        var form = await browser.GetAsync("/cancel");

        var page = await browser.SubmitAsync("/cancel", form, FormFields.Jan(
            ("name", ""), ("email", ""), ("contract_details", "De glasvezel op de zolder"), ("date", "2026-12-31")));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("Vul uw naam in.", page.ErrorFor("name"));
        Assert.StartsWith("Vul een e-mailadres of een telefoonnummer in", page.ErrorFor("email"), StringComparison.Ordinal);
        Assert.Equal(TestData.JanAccount, page.InputValue("account"));
        Assert.Equal(TestData.JanContract, page.InputValue("contract"));
        Assert.Equal("De glasvezel op de zolder", page.TextAreaValue("contract_details"));
        Assert.Equal("2026-12-31", page.InputValue("date"));
        Assert.Equal(form.Hidden("submission"), page.Hidden("submission"));
        Assert.Contains("href=\"#f-name\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", page.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Enter your name.", "This email address is not valid. Example: name@example.com.")]
    [InlineData("de", "Bitte geben Sie Ihren Namen an.", "Diese E-Mail-Adresse ist ungültig. Beispiel: name@beispiel.de.")]
    public async Task Messages_are_in_the_language_of_the_form(string language, string nameMessage, string emailMessage)
    {
        await using var host = await WebFormHost.StartAsync();
        using var browser = host.NewBrowser();
        var form = await browser.GetAsync($"/cancel?lang={language}");

        var page = await browser.SubmitAsync("/cancel", form, FormFields.Jan(("name", ""), ("email", "jan at example")));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains($"<html lang=\"{language}\">", page.Html, StringComparison.Ordinal);
        Assert.Equal(nameMessage, page.ErrorFor("name"));
        Assert.Equal(emailMessage, page.ErrorFor("email"));
        Assert.Equal("jan at example", page.InputValue("email"));
    }

    [Fact]
    public async Task Cancelling_for_good_cause_needs_a_reason()
    {
        await using var host = await WebFormHost.StartAsync();
        using var browser = host.NewBrowser();
        var form = await browser.GetAsync("/cancel?lang=en");

        var page = await browser.SubmitAsync("/cancel", form, FormFields.Jan(("kind", "extraordinary"), ("reason_text", "The line has been down for weeks")));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("Choose a reason: it is required for a cancellation for good cause.", page.ErrorFor("reason"));
        Assert.Contains("value=\"extraordinary\" checked=\"checked\"", page.Html, StringComparison.Ordinal);
        Assert.Equal("The line has been down for weeks", page.TextAreaValue("reason_text"));
    }

    [Theory]
    [InlineData("2026-11-23", "De einddatum kan niet in het verleden liggen.")]
    [InlineData("31-12-2026", "Vul een geldige datum in.")]
    public async Task A_requested_date_must_be_a_date_and_not_in_the_past(string date, string message)
    {
        await using var host = await WebFormHost.StartAsync();
        using var browser = host.NewBrowser();
        var form = await browser.GetAsync("/cancel");

        var page = await browser.SubmitAsync("/cancel", form, FormFields.Jan(("date", date)));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal(message, page.ErrorFor("date"));
        Assert.Contains("min=\"2026-11-24\"", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_phone_number_that_is_no_phone_number_is_refused()
    {
        await using var host = await WebFormHost.StartAsync();
        using var browser = host.NewBrowser();
        var form = await browser.GetAsync("/cancel");

        var page = await browser.SubmitAsync("/cancel", form, FormFields.Jan(("email", ""), ("phone", "bel me maar")));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.StartsWith("Dit telefoonnummer klopt niet", page.ErrorFor("phone"), StringComparison.Ordinal);
        Assert.Null(page.ErrorFor("email"));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_but_the_values_come_back()
    {
        await using var host = await WebFormHost.StartAsync();
        using var browser = host.NewBrowser();
        var form = await browser.GetAsync("/cancel");
        var fields = FormFields.Jan(("submission", form.Hidden("submission")), ("lang", "nl"));

        var page = await browser.PostAsync("/cancel", fields);

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.True(page.Contains("Het formulier was verlopen"));
        Assert.Equal("Jan Jansen", page.InputValue("name"));
        Assert.False(string.IsNullOrEmpty(page.Hidden("__RequestVerificationToken")));
        Assert.Equal(0, await host.Database.ScalarAsync<long>("SELECT count(*) FROM raw_payload"));
    }

    [Fact]
    public async Task Typed_markup_is_shown_as_text_never_as_markup()
    {
        await using var host = await WebFormHost.StartAsync();
        using var browser = host.NewBrowser();
        var form = await browser.GetAsync("/cancel");

        var page = await browser.SubmitAsync("/cancel", form, FormFields.Jan(
            ("name", "\"><script>alert(1)</script>"), ("email", ""), ("contract_details", "</textarea><b>x</b>")));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.DoesNotContain("<script>", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>x</b>", page.Html, StringComparison.Ordinal);
        Assert.Equal("\"><script>alert(1)</script>", page.InputValue("name"));
        Assert.Equal("</textarea><b>x</b>", page.TextAreaValue("contract_details"));
    }
}
