using System.Net;
using System.Text.RegularExpressions;

namespace Intake.Channels.Web.Tests.Why;

public sealed class WhyPageTests
{
    private const string Token = "tok-why-123456789012345";

    [Theory]
    [InlineData("nl", "Waarom gaat u weg?", "Verhuizing")]
    [InlineData("en", "Why are you leaving?", "Moving house")]
    [InlineData("de", "Warum kündigen Sie?", "Umzug")]
    public async Task The_question_is_asked_in_the_language_of_the_case(string language, string question, string movingLabel)
    {
        await using var host = await WebFormHost.StartAsync();
        await TestData.InsertCaseAsync(host.Database, "C-2026-000001", Token, language);
        using var browser = host.NewBrowser();

        var page = await browser.GetAsync($"/why/{Token}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains($"<h1>{question}</h1>", page.Html, StringComparison.Ordinal);
        Assert.Equal(7, Regex.Matches(page.Html, "type=\"radio\"").Count);
        Assert.Contains($">{movingLabel}</label>", page.Html, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(page.Html, "<button"));
        Assert.False(string.IsNullOrEmpty(page.Hidden("__RequestVerificationToken")));
    }

    [Fact]
    public async Task An_answer_is_recorded_with_an_event_that_holds_the_code_but_not_the_free_text()
    {
        await using var host = await WebFormHost.StartAsync();
        await TestData.InsertCaseAsync(host.Database, "C-2026-000001", Token);
        using var browser = host.NewBrowser();
        var form = await browser.GetAsync($"/why/{Token}");

        var page = await browser.SubmitAsync($"/why/{Token}", form, new Dictionary<string, string>
        {
            ["reason"] = "price", ["text"] = "Te duur sinds de verhuizing naar Kerkstraat 1",
        });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.True(page.Contains("Dank u wel"));
        var @case = (await host.Database.QueryAsync<(string Reason, string ReasonText)>("SELECT reason, reason_text FROM cancellation_case")).Single();
        Assert.Equal(("price", "Te duur sinds de verhuizing naar Kerkstraat 1"), @case);
        var recorded = (await host.Database.QueryAsync<(string Actor, bool Verified, string Data)>(
            "SELECT actor, verified, data::text FROM case_event WHERE type = 'reason_recorded'")).Single();
        Assert.Equal(("customer", true, "{\"reason\": \"price\"}"), recorded);
    }

    [Fact]
    public async Task A_second_answer_replaces_the_reason_and_adds_another_event()
    {
        await using var host = await WebFormHost.StartAsync();
        await TestData.InsertCaseAsync(host.Database, "C-2026-000001", Token, "en");
        using var browser = host.NewBrowser();
        var form = await browser.GetAsync($"/why/{Token}");
        await browser.SubmitAsync($"/why/{Token}", form, new Dictionary<string, string> { ["reason"] = "price" });

        var again = await browser.GetAsync($"/why/{Token}");
        await browser.SubmitAsync($"/why/{Token}", again, new Dictionary<string, string> { ["reason"] = "competitor" });

        Assert.Contains("value=\"price\" checked=\"checked\"", again.Html, StringComparison.Ordinal);
        Assert.Equal("competitor", await host.Database.ScalarAsync<string>("SELECT reason FROM cancellation_case"));
        Assert.Null((await host.Database.QueryAsync<string?>("SELECT reason_text FROM cancellation_case")).Single());
        Assert.Equal(2, await host.Database.ScalarAsync<long>("SELECT count(*) FROM case_event WHERE type = 'reason_recorded'"));
    }

    [Fact]
    public async Task An_unknown_token_gets_a_not_found_page()
    {
        await using var host = await WebFormHost.StartAsync();
        using var browser = host.NewBrowser();

        var shown = await browser.GetAsync("/why/no-such-token");
        var posted = await browser.PostAsync("/why/no-such-token", new Dictionary<string, string> { ["reason"] = "price" });

        Assert.Equal(HttpStatusCode.NotFound, shown.Status);
        Assert.Equal(HttpStatusCode.NotFound, posted.Status);
        Assert.True(shown.Contains("Pagina niet gevonden"));
    }

    [Theory]
    [InlineData("cheaper_elsewhere", "", "reason", "Kies een van de antwoorden.")]
    [InlineData("", "", "reason", "Kies een van de antwoorden.")]
    [InlineData("other", "x", "text", "Dit is te lang (hooguit 1000 tekens).")]
    public async Task An_answer_that_is_not_one_of_the_choices_or_too_long_shows_the_question_again(
        string reason, string text, string field, string message)
    {
        await using var host = await WebFormHost.StartAsync();
        await TestData.InsertCaseAsync(host.Database, "C-2026-000001", Token);
        using var browser = host.NewBrowser();
        var form = await browser.GetAsync($"/why/{Token}");
        var freeText = text.Length == 0 ? "" : new string('x', 1001);

        var page = await browser.SubmitAsync($"/why/{Token}", form, new Dictionary<string, string> { ["reason"] = reason, ["text"] = freeText });

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal(message, page.ErrorFor(field));
        Assert.Equal(0, await host.Database.ScalarAsync<long>("SELECT count(*) FROM case_event"));
        Assert.Null((await host.Database.QueryAsync<string?>("SELECT reason FROM cancellation_case")).Single());
    }

    [Fact]
    public async Task An_answer_without_the_antiforgery_token_is_not_recorded()
    {
        await using var host = await WebFormHost.StartAsync();
        await TestData.InsertCaseAsync(host.Database, "C-2026-000001", Token);
        using var browser = host.NewBrowser();
        await browser.GetAsync($"/why/{Token}");

        var page = await browser.PostAsync($"/why/{Token}", new Dictionary<string, string> { ["reason"] = "price" });

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Null((await host.Database.QueryAsync<string?>("SELECT reason FROM cancellation_case")).Single());
    }

    [Fact]
    public async Task The_link_in_a_confirmation_leads_to_the_question_for_that_case()
    {
        await using var host = await WebFormHost.StartAsync();
        await TestData.SeedJanAsync(host.Database);
        using var browser = host.NewBrowser();
        var form = await browser.GetAsync("/cancel?lang=de");
        await browser.SubmitAsync("/cancel", form, Form.FormFields.Jan());
        var body = await host.Database.ScalarAsync<string>("SELECT body FROM outbound_message");
        var link = Regex.Match(body, "https://intake.example.nl(/why/[A-Za-z0-9_-]+)").Groups[1].Value;

        var question = await browser.GetAsync(link);
        var thanks = await browser.SubmitAsync(link, question, new Dictionary<string, string> { ["reason"] = "moving" });

        Assert.True(question.Contains("Warum kündigen Sie?"));
        Assert.True(thanks.Contains("Vielen Dank"));
        Assert.Equal("moving", await host.Database.ScalarAsync<string>("SELECT reason FROM cancellation_case"));
    }
}
