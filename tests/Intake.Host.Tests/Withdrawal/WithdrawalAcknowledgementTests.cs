using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Intake.Testing;

namespace Intake.Host.Tests.Withdrawal;

/// <summary>
/// A withdrawal by message (email address or phone through the API; the classifier reads "herroepingsrecht", "right of
/// withdrawal", "Widerruf") gets the same acknowledgement content as the withdrawal function: content, date and time.
/// </summary>
public sealed class WithdrawalAcknowledgementTests
{
    public static TheoryData<string, string, string, string> Withdrawals() => new()
    {
        { "nl", "Hierbij maak ik gebruik van mijn herroepingsrecht en herroep ik de overeenkomst.", "herroeping", "Soort: herroeping" },
        { "en", "I hereby exercise my right of withdrawal and withdraw from the contract.", "withdrawal", "Kind: withdrawal" },
        { "de", "Hiermit widerrufe ich den Vertrag (Widerruf).", "Widerruf", "Art: Widerruf" },
    };

    [Theory]
    [MemberData(nameof(Withdrawals))]
    public async Task A_withdrawal_by_email_and_by_sms_within_14_days_is_acknowledged_as_a_withdrawal_with_its_content(
        string language, string text, string word, string content)
    {
        await using var host = await IntakeHostFactory.StartAsync();
        var concluded = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await CustomerSeed.AddAsync(host.Database, "NL5001", email: "w@example.nl", phone: "+31612340001", concludedOn: concluded);

        var byMail = await IntakeAsync(host, "w-mail", "w@example.nl", text);
        var mail = await ReplyAsync(host, byMail);
        Assert.Equal(("Accepted", "withdrawal", language), (await host.Database.QueryAsync<(string, string, string)>(
            "SELECT status, kind, language FROM cancellation_case WHERE reference = @byMail", new { byMail })).Single());
        Assert.Equal(("confirmation", "email"), (mail.Kind, mail.Channel));
        Assert.Contains(word, mail.Subject, StringComparison.Ordinal);
        Assert.Contains(content, mail.Body, StringComparison.Ordinal);

        await host.Database.ExecuteAsync("UPDATE cancellation_case SET status = 'Completed'");
        var bySms = await IntakeAsync(host, "w-sms", "+31612340001", text);
        var sms = await ReplyAsync(host, bySms);
        Assert.Equal("sms", sms.Channel);
        Assert.Contains(word, sms.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(bySms, sms.Body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Withdrawals))]
    public async Task A_withdrawal_by_email_after_14_days_is_recorded_for_review_and_the_customer_is_told_what_happens_next(
        string language, string text, string word, string content)
    {
        await using var host = await IntakeHostFactory.StartAsync();
        await CustomerSeed.AddAsync(host.Database, "NL5002", email: "late@example.nl", startDate: "2023-01-15");

        var reference = await IntakeAsync(host, "late", "late@example.nl", text);
        var mail = await ReplyAsync(host, reference);

        Assert.Equal("NeedsReview", await host.Database.ScalarAsync<string>("SELECT status FROM cancellation_case"));
        Assert.Equal("acknowledgement", mail.Kind);
        Assert.Contains(word, mail.Subject, StringComparison.Ordinal);
        Assert.Contains(content, mail.Body, StringComparison.Ordinal);
        Assert.Contains(language switch { "nl" => "Wat er nu gebeurt", "en" => "What happens next", _ => "Wie es weitergeht" }, mail.Body, StringComparison.Ordinal);
    }

    private static async Task<string> IntakeAsync(IntakeHostFactory host, string id, string from, string text)
    {
        var body = JsonSerializer.Serialize(new { externalId = id, from, text });
        var response = await host.ApiClient().PostAsync("/api/v1/intake", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseReference").GetString()!;
    }

    private static async Task<(string Kind, string Channel, string Subject, string Body)> ReplyAsync(IntakeHostFactory host, string reference)
    {
        await host.WaitForRepliesAsync(host.ApiClient(), reference);
        return (await host.Database.QueryAsync<(string, string, string, string)>(
            """
            SELECT o.kind, o.channel, coalesce(o.subject, ''), o.body FROM outbound_message o JOIN cancellation_case c ON c.id = o.case_id
            WHERE c.reference = @reference AND o.kind <> 'confirmation-contact'
            """, new { reference })).Single();
    }
}
