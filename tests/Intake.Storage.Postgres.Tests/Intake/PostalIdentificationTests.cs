using Intake.Core.Identity;
using Intake.Core.Model;
using Intake.Testing;

namespace Intake.Storage.Postgres.Tests.Intake;

/// <summary>Identification by postcode and house number: a letter's address, or the answer to the identification question.</summary>
public sealed class PostalIdentificationTests
{
    private static readonly string Letter = PostalAddress.Create("Jan de Vries", "Dorpsstraat", "12a", "1234 AB", "Utrecht", "NL")!.ToString();

    [Fact]
    public async Task A_letter_from_the_address_of_a_customer_on_file_ties_the_case_unverified_and_confirms_to_the_email_on_file()
    {
        var harness = await IntakeHarness.CreateAsync();
        await CustomerSeed.AddAsync(harness.Database, "NL7001", email: "jan@example.nl", postcode: "1234AB", houseNumber: "12a");

        var result = await harness.Pipeline.AcceptAsync(
            Messages.Api("letter-1", Letter, "Hierbij zeg ik mijn abonnement op.", channel: Channels.Manual), CancellationToken.None);

        var view = await harness.Cases.GetAsync(result.CaseReference!, CancellationToken.None);
        Assert.Equal((CaseStatuses.Accepted, false), (view!.Status, view.Verified));
        Assert.Equal([("confirmation", Channels.Email, "jan@example.nl")], view.Outbound.Select(o => (o.Kind, o.Channel, o.To)).ToArray());
    }

    [Fact]
    public async Task A_letter_from_an_unknown_address_asks_by_letter_and_the_answer_by_letter_with_postcode_and_house_number_identifies()
    {
        var harness = await IntakeHarness.CreateAsync();
        await CustomerSeed.AddAsync(harness.Database, "NL7002", postcode: "3512PK", houseNumber: "7");

        var first = await harness.Pipeline.AcceptAsync(
            Messages.Api("letter-2", Letter, "Ik wil opzeggen.", channel: Channels.Manual), CancellationToken.None);
        var asked = await harness.Cases.GetAsync(first.CaseReference!, CancellationToken.None);
        Assert.Equal(CaseStatuses.NeedsIdentification, asked!.Status);
        Assert.Equal([("identification-request", Channels.Manual, Letter)], asked.Outbound.Select(o => (o.Kind, o.Channel, o.To)).ToArray());

        var answer = await harness.Pipeline.AcceptAsync(
            Messages.Api("letter-3", Letter, "Mijn vorige adres: postcode 3512 PK, huisnummer 7.", channel: Channels.Manual), CancellationToken.None);

        var view = await harness.Cases.GetAsync(answer.CaseReference!, CancellationToken.None);
        Assert.Equal(first.CaseReference, answer.CaseReference);
        Assert.Equal((CaseStatuses.Accepted, false), (view!.Status, view.Verified));
        Assert.Contains(view.Outbound, o => o is { Kind: "confirmation", Channel: Channels.Manual } && o.To == Letter);
    }

    [Fact]
    public async Task An_email_answering_the_identification_question_with_postcode_and_house_number_identifies_the_customer()
    {
        var harness = await IntakeHarness.CreateAsync();
        await CustomerSeed.AddAsync(harness.Database, "NL7003", postcode: "10115", houseNumber: "5");

        var first = await harness.Pipeline.AcceptAsync(
            Messages.Api("mail-1", "onbekend@example.de", "Hiermit kündige ich meinen Vertrag.", channel: Channels.Email), CancellationToken.None);
        var answer = await harness.Pipeline.AcceptAsync(
            Messages.Api("mail-2", "onbekend@example.de", "Hauptstraße 5, 10115 Berlin", channel: Channels.Email), CancellationToken.None);

        Assert.Equal(first.CaseReference, answer.CaseReference);
        Assert.Equal(1, await harness.Database.ScalarAsync<long>(
            "SELECT count(*) FROM cancellation_case c JOIN customer cu ON cu.id = c.customer_id WHERE cu.account_number = 'NL7003' AND NOT c.verified"));
    }

    [Fact]
    public async Task An_address_two_customers_share_identifies_nobody()
    {
        var harness = await IntakeHarness.CreateAsync();
        await CustomerSeed.AddAsync(harness.Database, "NL7004", postcode: "1234AB", houseNumber: "12a");
        await CustomerSeed.AddAsync(harness.Database, "NL7005", postcode: "1234AB", houseNumber: "12a");

        var result = await harness.Pipeline.AcceptAsync(
            Messages.Api("letter-4", Letter, "Hierbij zeg ik mijn abonnement op.", channel: Channels.Manual), CancellationToken.None);

        Assert.Equal(CaseStatuses.NeedsIdentification, (await harness.Cases.GetAsync(result.CaseReference!, CancellationToken.None))!.Status);
    }
}
