using System.Net;
using System.Text.RegularExpressions;
using Intake.Core.Configuration;
using Intake.Core.Languages;
using Intake.Testing;

namespace Intake.Channels.Web.Tests.Withdrawal;

/// <summary>
/// No save offers anywhere (§ 312k BGB, ACM: cancelling as easy as signing up, no retention in the way): no discount,
/// offer, pause or "stay with us" wording in nl/en/de in any reply template or public page.
/// </summary>
public sealed partial class NoSaveOfferTests
{
    [GeneratedRegex(
        @"\b(korting\w*|aanbieding\w*|actieprijs|pauzeer\w*|pauzeren|pauze|blijf bij ons|blijft u bij ons|gratis maand\w*|tegoedbon\w*|" +
        @"rabatt\w*|angebot\w*|sonderangebot\w*|pausier\w*|pause|bleiben sie (doch )?bei uns|gutschein\w*|gratismonat\w*|" +
        @"discount\w*|offer\w*|pause[ds]?|pausing|stay with us|don't leave|free months?|voucher\w*|special deal\w*|retention)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SaveOffer();

    private static IEnumerable<string> Offers(string text) => SaveOffer().Matches(WebUtility.HtmlDecode(text)).Select(m => m.Value);

    [Fact]
    public void The_scan_finds_save_offers_in_every_language()
    {
        Assert.Equal(3, Offers("Wij geven u 20% korting. Wir machen Ihnen ein Angebot. We'd love you to stay with us.").Count());
        Assert.Single(Offers("U kunt uw abonnement ook pauzeren."));
        Assert.Empty(Offers("Wechsel zu einem anderen Anbieter; overstap naar een andere aanbieder."));
    }

    [Fact]
    public void No_reply_template_in_any_language_holds_a_save_offer()
    {
        var templates = Directory.GetFiles(Path.Combine(ChannelConfigDirectory.Find(), "templates"), "*.liquid");

        Assert.NotEmpty(templates);
        var found = templates.SelectMany(path => Offers(File.ReadAllText(path)).Select(word => $"{Path.GetFileName(path)}: {word}"));
        Assert.Empty(found);
    }

    public static TheoryData<string> Languages() => [.. SupportedLanguages.All];

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task No_public_page_holds_a_save_offer(string language)
    {
        await using var host = await WebFormHost.StartAsync();
        await TestData.SeedJanAsync(host.Database);
        using var browser = host.NewBrowser();
        var pages = new List<(string Name, Page Page)>
        {
            ("form", await browser.GetAsync($"/cancel?lang={language}")),
            ("withdraw", await browser.GetAsync($"/withdraw?lang={language}")),
        };
        var declaration = await browser.GetAsync($"/withdraw/declaration?lang={language}");
        pages.Add(("withdraw/declaration", declaration));
        var errors = await browser.SubmitAsync("/withdraw/declaration", declaration, new Dictionary<string, string>(StringComparer.Ordinal));
        pages.Add(("withdraw/declaration with errors", errors));
        var submitted = await browser.SubmitAsync("/withdraw/declaration", declaration, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["name"] = "Jan Jansen", ["contract"] = TestData.JanContract, ["email"] = TestData.JanEmail,
        });
        var receiptPath = submitted.Location!.Split('?')[0];
        var query = submitted.Location!.Split('?')[1];
        pages.Add(("receipt", await browser.GetAsync(submitted.Location!)));
        pages.Add(("print", await browser.GetAsync($"{receiptPath}/print?{query}")));
        var confirmations = await host.Database.QueryAsync<string>("SELECT coalesce(subject, '') || ' ' || body FROM outbound_message");

        Assert.All(pages, p => Assert.True(p.Page.Status is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{p.Name}: {p.Page.Status}"));
        Assert.NotEmpty(confirmations);
        var found = pages.SelectMany(p => Offers(p.Page.Html).Select(word => $"{p.Name}: {word}"))
            .Concat(confirmations.SelectMany(body => Offers(body).Select(word => $"confirmation: {word}")));
        Assert.Empty(found);
    }
}
