using System.Net;
using Intake.Core.Console;
using Intake.Core.Languages;
using Intake.Host.Commands;
using Intake.Storage.Postgres.Console;
using Intake.Webcare.Tests.Support;
using Intake.Webcare.Text;

namespace Intake.Webcare.Tests;

/// <summary>The console speaks every supported language; German staff see German pages (read decoded: Razor writes ü as an entity).</summary>
public sealed class GermanConsoleTests(ConsoleHostFixture fixture) : IClassFixture<ConsoleHostFixture>
{
    private readonly ConsoleHostFactory _host = fixture.Host;

    [Fact]
    public async Task A_german_staff_member_sees_german_headings_on_the_queues_and_on_a_case()
    {
        var accepted = await _host.ReceiveAsync("email", $"kunde{Guid.NewGuid():N}@example.de", "Was ist meine Kündigungsfrist?");
        var client = await _host.SignInAsync(StaffRoles.Agent, language: "de");

        var queues = WebUtility.HtmlDecode(await client.GetStringAsync("/console"));
        Assert.Contains("<html lang=\"de\">", queues);
        Assert.Contains("<h1>Warteschlangen</h1>", queues);
        Assert.Contains("Zu prüfen (unklar)", queues);
        Assert.DoesNotContain("Wachtrijen", queues);

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/console/cases/{accepted.CaseReference}"));
        Assert.Contains($"<h1>Fall {accepted.CaseReference}</h1>", page);
        Assert.Contains("<h2>Aktionen</h2>", page);
        Assert.Contains("Verlauf", page);
        Assert.Contains("Als Kündigung bestätigen", page);
        Assert.DoesNotContain("Tijdlijn", page);
    }

    [Fact]
    public async Task Staff_switch_to_german_on_the_language_page_and_every_language_is_offered()
    {
        var client = await _host.SignInAsync(StaffRoles.Agent, language: "nl");
        var choice = await client.GetStringAsync("/console/language");
        foreach (var language in SupportedLanguages.All)
            Assert.Contains($"name=\"language\" value=\"{language}\"", choice);

        var switched = await ConsoleHostFactory.PostFormAsync(client, "/console/language", null, new() { ["language"] = "de", ["returnUrl"] = "/console/manual" });
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);

        var manual = WebUtility.HtmlDecode(await client.GetStringAsync("/console/manual"));
        Assert.Contains("<html lang=\"de\">", manual);
        Assert.Contains("Manuelle Erfassung", manual);
        Assert.Contains("<option value=\"de\"", manual);
    }

    [Fact]
    public async Task Add_staff_accepts_german_and_refuses_a_language_that_is_not_supported()
    {
        var email = await _host.AddStaffAsync(StaffRoles.Agent, language: "de");
        Assert.Equal("de", await _host.Database.ScalarAsync<string>("SELECT language FROM staff_user WHERE email = @email", new { email }));

        var refused = await AddStaffCommand.RunAsync(new PostgresStaffUsers(_host.Database.DataSource),
            ["--email", $"fr-{Guid.NewGuid():N}@staff.example", "--role", StaffRoles.Agent, "--password-stdin", "--language", "fr"],
            new StringReader(ConsoleHostFactory.Password + "\n"), TextWriter.Null, TextWriter.Null, CancellationToken.None);
        Assert.NotEqual(0, refused);
    }

    /// <summary>A supported language without a console column throws here (ConsoleEntry.In), not on a page.</summary>
    [Fact]
    public void Every_console_text_exists_in_every_supported_language()
    {
        foreach (var language in SupportedLanguages.All)
        {
            var text = ConsoleText.For(language);
            Assert.Equal(language, text.Language);
            Assert.Equal(SupportedLanguages.CultureOf(language), text.Culture);
        }
        Assert.Equal("Warteschlangen", ConsoleText.For("de")["queues.title"]);
        Assert.Equal("Wachtrijen", ConsoleText.For("fr")["queues.title"]);
    }
}
