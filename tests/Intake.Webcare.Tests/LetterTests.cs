using System.Globalization;
using System.Net;
using Intake.Core.Console;
using Intake.Core.Languages;
using Intake.Testing;
using Intake.Webcare.Tests.Support;
using Intake.Webcare.Text;
using UglyToad.PdfPig;

namespace Intake.Webcare.Tests;

/// <summary>A postal letter without email or phone: recorded by staff, confirmed by a printed letter, posted by staff.</summary>
public sealed class LetterTests(ConsoleHostFixture fixture) : IClassFixture<ConsoleHostFixture>
{
    private readonly ConsoleHostFactory _host = fixture.Host;

    [Fact]
    public async Task A_letter_from_a_customer_without_electronic_address_is_confirmed_by_a_printed_letter_that_staff_post()
    {
        var account = "NL" + Random.Shared.Next(100000, 999999);
        var houseNumber = Random.Shared.Next(1, 9999).ToString(CultureInfo.InvariantCulture);
        await CustomerSeed.AddAsync(_host.Database, account, postcode: "3512PK", houseNumber: houseNumber + "b", product: "Glasvezel 1000");
        var client = await _host.SignInAsync(StaffRoles.Agent);
        var arrived = _host.Clock.GetUtcNow().AddDays(-2);

        var response = await RecordLetterAsync(client, arrived, new()
        {
            ["name"] = "Jürgen Weiß", ["street"] = "Lange Nieuwstraat", ["houseNumber"] = houseNumber + " B", ["postcode"] = "3512 pk",
            ["city"] = "Utrecht", ["country"] = "NL", ["declaration"] = "ordinary", ["language"] = "de",
            ["text"] = "Hiermit kündige ich meinen Vertrag.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var reference = response.Headers.Location!.ToString().Split('/').Last();
        var @case = (await _host.Database.QueryAsync<(string Status, DateTime ReceivedAt, bool Verified, DateTime EffectiveDate, string Account)>(
            """
            SELECT c.status, c.received_at, c.verified, c.effective_date, cu.account_number
            FROM cancellation_case c JOIN customer cu ON cu.id = c.customer_id WHERE c.reference = @reference
            """, new { reference })).Single();
        var receivedAt = ConsoleTime.Parse(ConsoleTime.Input(arrived))!.Value;
        Assert.Equal(("Accepted", receivedAt.UtcDateTime, false, account), (@case.Status, @case.ReceivedAt, @case.Verified, @case.Account));

        var letterId = await WaitForLetterAsync(reference);
        var letters = await client.GetStringAsync("/console/letters");
        Assert.Contains($"data-letter=\"{letterId}\"", letters, StringComparison.Ordinal);
        Assert.Contains(reference, letters, StringComparison.Ordinal);

        using var download = await client.GetAsync($"/console/letters?handler=Pdf&id={letterId}");
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        var text = PdfText(await download.Content.ReadAsByteArrayAsync());
        var german = SupportedLanguages.CultureOf("de");
        var local = TimeZoneInfo.ConvertTime(receivedAt, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam"));
        foreach (var expected in new[]
        {
            reference, "Jürgen Weiß", "Lange Nieuwstraat " + houseNumber + "b", "3512 PK UTRECHT",
            local.ToString(SupportedLanguages.LongDateFormatOf("de"), german), local.ToString("HH:mm", german),
            DateOnly.FromDateTime(@case.EffectiveDate).ToString(SupportedLanguages.LongDateFormatOf("de"), german),
        })
            Assert.Contains(expected, text, StringComparison.Ordinal);

        var posted = await ConsoleHostFactory.PostFormAsync(client, "/console/letters", "Posted", new() { ["id"] = letterId.ToString(CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal("sent", await _host.Database.ScalarAsync<string>("SELECT status FROM outbound_message WHERE id = @letterId", new { letterId }));
        Assert.Equal(1, await _host.Database.ScalarAsync<int>(
            """
            SELECT count(*)::int FROM case_event e JOIN cancellation_case c ON c.id = e.case_id
            WHERE c.reference = @reference AND e.type = 'letter_posted' AND e.actor LIKE 'staff:%' AND (e.data->>'outboundId')::bigint = @letterId
            """, new { reference, letterId }));
        Assert.Contains("Letter posted", await client.GetStringAsync("/console/cases/" + reference), StringComparison.Ordinal);

        var again = await ConsoleHostFactory.PostFormAsync(client, "/console/letters", "Posted", new() { ["id"] = letterId.ToString(CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(1, await _host.Database.ScalarAsync<int>("SELECT count(*)::int FROM case_event WHERE type = 'letter_posted' AND (data->>'outboundId')::bigint = @letterId", new { letterId }));
    }

    [Fact]
    public async Task A_letter_without_email_phone_or_a_valid_address_is_refused_with_what_to_fix_and_nothing_is_stored()
    {
        var client = await _host.SignInAsync(StaffRoles.Agent);

        var nothing = await RecordLetterAsync(client, _host.Clock.GetUtcNow().AddHours(-1), new() { ["text"] = "Ik zeg op.", ["declaration"] = "auto", ["language"] = "nl" });
        var badAddress = await RecordLetterAsync(client, _host.Clock.GetUtcNow().AddHours(-1), new()
        {
            ["street"] = "Dorpsstraat", ["houseNumber"] = "twaalf", ["postcode"] = "10115", ["city"] = "", ["country"] = "NL",
            ["text"] = "Ik zeg op.", ["declaration"] = "auto", ["language"] = "nl",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, nothing.StatusCode);
        Assert.Contains("Enter an email address, a phone number or the letter&#x27;s postal address.", await nothing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badAddress.StatusCode);
        var html = await badAddress.Content.ReadAsStringAsync();
        foreach (var error in new[] { "Enter a valid house number (12, 12a, 12-2).", "Enter a valid postcode for this country", "Enter the town or city." })
            Assert.Contains(error, html, StringComparison.Ordinal);
        Assert.Equal(0, await _host.Database.ScalarAsync<int>("SELECT count(*)::int FROM raw_payload WHERE channel = 'manual' AND body LIKE '%Dorpsstraat%'"));
    }

    private static async Task<HttpResponseMessage> RecordLetterAsync(HttpClient client, DateTimeOffset arrived, Dictionary<string, string> fields)
    {
        fields["submission"] = await ConsoleHostFactory.ManualSubmissionAsync(client);
        fields["source"] = "letter";
        fields["receivedAt"] = ConsoleTime.Input(arrived);
        fields.TryAdd("contact", "");
        return await ConsoleHostFactory.PostFormAsync(client, "/console/manual", null, fields);
    }

    /// <summary>The dispatcher makes the letter in the background: its reply turns to-print.</summary>
    private async Task<long> WaitForLetterAsync(string reference)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var letter = await _host.Database.QueryAsync<long>(
                """
                SELECT o.id FROM outbound_message o JOIN cancellation_case c ON c.id = o.case_id
                WHERE c.reference = @reference AND o.kind = 'confirmation' AND o.channel = 'manual' AND o.status = 'to-print'
                """, new { reference });
            if (letter.Count == 1) return letter[0];
            await Task.Delay(100);
        }
        throw new TimeoutException("The confirmation letter of " + reference + " was not made.");
    }

    private static string PdfText(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        return string.Join("\n", pdf.GetPages().Select(page => string.Join(" ", page.GetWords().Select(w => w.Text))));
    }
}
