using System.Net;
using System.Text;

namespace Intake.Channels.Web.Tests.Form;

public sealed class CancelFormSubmissionTests
{
    [Fact]
    public async Task A_submission_opens_a_case_and_queues_an_email_confirmation()
    {
        await using var host = await WebFormHost.StartAsync();
        await TestData.SeedJanAsync(host.Database);
        using var browser = host.NewBrowser();
        var form = await browser.GetAsync("/cancel");

        var page = await browser.SubmitAsync("/cancel", form, FormFields.Jan());

        Assert.Equal(HttpStatusCode.SeeOther, page.Status);
        var reference = await host.Database.ScalarAsync<string>("SELECT reference FROM cancellation_case");
        Assert.StartsWith($"/cancel/receipt/{reference}?t=", page.Location, StringComparison.Ordinal);
        var @case = (await host.Database.QueryAsync<(string Status, string Kind, string FirstChannel, string Language, DateTime ReceivedAt)>(
            "SELECT status, kind, first_channel, language, received_at FROM cancellation_case")).Single();
        Assert.Equal(("Accepted", "ordinary", "web", "nl"), (@case.Status, @case.Kind, @case.FirstChannel, @case.Language));
        Assert.Equal(WebFormHost.Now.UtcDateTime, @case.ReceivedAt);
        var outbound = (await host.Database.QueryAsync<(string Kind, string Channel, string Recipient)>(
            "SELECT kind, channel, recipient FROM outbound_message")).Single();
        Assert.Equal(("confirmation", "email", TestData.JanEmail), outbound);
        var message = (await host.Database.QueryAsync<(string ProviderMessageId, string SenderAddress, string DisplayName, string BodyText)>(
            "SELECT provider_message_id, sender_address, display_name, body_text FROM inbound_message")).Single();
        Assert.Equal((form.Hidden("submission"), TestData.JanEmail, "Jan Jansen"), (message.ProviderMessageId, message.SenderAddress, message.DisplayName));
        Assert.StartsWith("Opzegging via het webformulier", message.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pressing_the_button_twice_makes_one_message_and_the_same_receipt()
    {
        await using var host = await WebFormHost.StartAsync();
        await TestData.SeedJanAsync(host.Database);
        using var browser = host.NewBrowser();
        var form = await browser.GetAsync("/cancel");

        var first = await browser.SubmitAsync("/cancel", form, FormFields.Jan());
        var second = await browser.SubmitAsync("/cancel", form, FormFields.Jan());

        Assert.Equal(HttpStatusCode.SeeOther, second.Status);
        Assert.Equal(first.Location?.Split('?')[0], second.Location?.Split('?')[0]);
        Assert.Equal(1, await host.Database.ScalarAsync<long>("SELECT count(*) FROM inbound_message"));
        Assert.Equal(1, await host.Database.ScalarAsync<long>("SELECT count(*) FROM outbound_message"));
        Assert.Equal(2, await host.Database.ScalarAsync<long>("SELECT count(*) FROM raw_payload WHERE status = 'accepted'"));
    }

    [Fact]
    public async Task Two_clicks_at_the_same_moment_still_make_one_message()
    {
        await using var host = await WebFormHost.StartAsync();
        await TestData.SeedJanAsync(host.Database);
        using var browser = host.NewBrowser();
        var form = await browser.GetAsync("/cancel");

        var pages = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => browser.SubmitAsync("/cancel", form, FormFields.Jan())));

        Assert.All(pages, page => Assert.Equal(HttpStatusCode.SeeOther, page.Status));
        Assert.Single(pages.Select(page => page.Location?.Split('?')[0]).Distinct());
        Assert.Equal(1, await host.Database.ScalarAsync<long>("SELECT count(*) FROM inbound_message"));
        Assert.Equal(1, await host.Database.ScalarAsync<long>("SELECT count(*) FROM cancellation_case"));
    }

    [Fact]
    public async Task The_raw_payload_is_the_form_body_without_the_antiforgery_token()
    {
        await using var host = await WebFormHost.StartAsync();
        await TestData.SeedJanAsync(host.Database);
        using var browser = host.NewBrowser();
        var form = await browser.GetAsync("/cancel");

        await browser.SubmitAsync("/cancel", form, FormFields.Jan(("contract_details", "glasvezel & tv")));

        var raw = (await host.Database.QueryAsync<(string Channel, string ProviderId, string ContentType, byte[] Body)>(
            "SELECT channel, provider_id, content_type, body FROM raw_payload")).Single();
        var body = Encoding.UTF8.GetString(raw.Body);
        Assert.Equal(("web", form.Hidden("submission"), "application/x-www-form-urlencoded"), (raw.Channel, raw.ProviderId, raw.ContentType));
        Assert.Contains("name=Jan%20Jansen", body, StringComparison.Ordinal);
        Assert.Contains("contract_details=glasvezel%20%26%20tv", body, StringComparison.Ordinal);
        Assert.DoesNotContain("RequestVerificationToken", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stated_kind_reason_and_date_reach_the_case_without_guessing()
    {
        await using var host = await WebFormHost.StartAsync();
        await TestData.SeedJanAsync(host.Database);
        using var browser = host.NewBrowser();
        var form = await browser.GetAsync("/cancel?lang=de");

        await browser.SubmitAsync("/cancel", form, FormFields.Jan(
            ("kind", "extraordinary"), ("reason", "moving"), ("reason_text", "Umzug ins Ausland"), ("date", "2027-01-31")));

        var @case = (await host.Database.QueryAsync<(string Kind, string Reason, string ReasonText, DateTime RequestedDate, string Language)>(
            "SELECT kind, reason, reason_text, requested_date, language FROM cancellation_case")).Single();
        Assert.Equal(("extraordinary", "moving", "Umzug ins Ausland", new DateTime(2027, 1, 31), "de"), @case);
    }

    [Fact]
    public async Task A_phone_number_alone_gets_the_confirmation_by_sms()
    {
        await using var host = await WebFormHost.StartAsync();
        await TestData.SeedJanAsync(host.Database);
        using var browser = host.NewBrowser();
        var form = await browser.GetAsync("/cancel");

        var page = await browser.SubmitAsync("/cancel", form, FormFields.Jan(("email", ""), ("phone", "06-12 34 56 78")));

        Assert.Equal(HttpStatusCode.SeeOther, page.Status);
        var outbound = (await host.Database.QueryAsync<(string Kind, string Channel)>("SELECT kind, channel FROM outbound_message ORDER BY kind")).ToList();
        // A typed phone number proves nothing on the web: the confirmation goes by SMS and, as a copy, to the address on file.
        Assert.Equal([("confirmation", "sms"), ("confirmation-contact", "email")], outbound);
        Assert.Equal("+31612345678", await host.Database.ScalarAsync<string>("SELECT recipient FROM outbound_message WHERE kind = 'confirmation'"));
    }

    [Fact]
    public async Task An_unknown_customer_still_gets_a_case_and_a_receipt()
    {
        await using var host = await WebFormHost.StartAsync();
        using var browser = host.NewBrowser();
        var form = await browser.GetAsync("/cancel");

        var page = await browser.SubmitAsync("/cancel", form, FormFields.Jan(("email", "someone@example.org"), ("account", "")));

        Assert.Equal(HttpStatusCode.SeeOther, page.Status);
        Assert.Equal("NeedsIdentification", await host.Database.ScalarAsync<string>("SELECT status FROM cancellation_case"));
        var receipt = await browser.GetAsync(page.Location!);
        Assert.Equal(HttpStatusCode.OK, receipt.Status);
    }
}
