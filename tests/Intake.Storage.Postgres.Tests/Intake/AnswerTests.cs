using Dapper;
using Intake.Core.Model;
using Intake.Testing;

namespace Intake.Storage.Postgres.Tests.Intake;

/// <summary>An answer to the identification question finds its case by the sender, whatever the channel and wording.</summary>
public sealed class AnswerTests
{
    private const string Phone = "+31687654321";

    [Fact]
    public async Task Fresh_email_from_the_same_sender_joins_the_open_case()
    {
        var harness = await IntakeHarness.CreateAsync();
        await CustomerSeed.AddAsync(harness.Database, "NL4101", email: "op.file@example.nl", product: "Glasvezel 200");
        var first = await Accept(harness, Messages.Api("f1", "nieuw@example.nl", "Ik zeg mijn abonnement op", channel: Channels.Email));

        var answer = await Accept(harness, Messages.Api("f2", "nieuw@example.nl", "mijn klantnummer is NL4101", Messages.Monday.AddDays(1), Channels.Email));

        Assert.Equal(first.CaseReference, answer.CaseReference);
        var view = await harness.Cases.GetAsync(first.CaseReference!, CancellationToken.None);
        Assert.Equal((CaseStatuses.Accepted, "Glasvezel 200"), (view!.Status, view.Product));
        Assert.Contains(view.Outbound, o => o.Kind == "confirmation" && o.Channel == Channels.Email && o.To == "nieuw@example.nl");
    }

    [Fact]
    public async Task Answer_keeps_the_original_receipt_time()
    {
        var harness = await IntakeHarness.CreateAsync();
        await CustomerSeed.AddAsync(harness.Database, "NL4102");
        var first = await Accept(harness, Messages.Api("k1", Phone, "Ik wil opzeggen", channel: Channels.Sms));

        await Accept(harness, Messages.Api("k2", Phone, "NL4102", Messages.Monday.AddDays(3), Channels.WhatsApp));

        var view = await harness.Cases.GetAsync(first.CaseReference!, CancellationToken.None);
        Assert.Equal((CaseStatuses.Accepted, Messages.Monday), (view!.Status, view.ReceivedAt));
        Assert.Equal(view.Messages[0].Id, view.FirstDeclarationMessageId);
        Assert.NotNull(view.EffectiveDate);
    }

    [Fact]
    public async Task Answer_never_opens_a_second_case()
    {
        var harness = await IntakeHarness.CreateAsync();
        var first = await Accept(harness, Messages.Api("n1", Phone, "Ik zeg op", channel: Channels.Sms));

        // Not a customer's number we know, not a cancellation: today's classifier may call it "other"; it still belongs here.
        var answer = await Accept(harness, Messages.Api("n2", Phone, "12345678", Messages.Monday.AddHours(2), Channels.Sms));
        var thanks = await Accept(harness, Messages.Api("n3", Phone, "oké, dank je", Messages.Monday.AddHours(3), Channels.WhatsApp));

        Assert.Equal((first.CaseReference, first.CaseReference), (answer.CaseReference, thanks.CaseReference));
        Assert.Equal(1, await harness.Database.ScalarAsync<int>("SELECT count(*)::int FROM cancellation_case"));
        Assert.Equal(0, await harness.Database.ScalarAsync<int>("SELECT count(*)::int FROM inbound_message WHERE case_id IS NULL"));
        var view = await harness.Cases.GetAsync(first.CaseReference!, CancellationToken.None);
        Assert.Equal((CaseStatuses.NeedsIdentification, Messages.Monday), (view!.Status, view.ReceivedAt));
    }

    [Fact]
    public async Task A_case_completed_by_an_answer_is_the_one_open_case_of_its_contract()
    {
        var harness = await IntakeHarness.CreateAsync();
        await CustomerSeed.AddAsync(harness.Database, "NL4103", email: "bekend@example.nl");
        var first = await Accept(harness, Messages.Api("o1", Phone, "Ik zeg op", channel: Channels.Sms));
        await Accept(harness, Messages.Api("o2", Phone, "klantnummer NL4103", Messages.Monday.AddHours(1), Channels.Sms));

        var later = await Accept(harness, Messages.Api("o3", "bekend@example.nl", "Ik zeg mijn abonnement op", Messages.Monday.AddDays(1), Channels.Email));

        Assert.Equal(first.CaseReference, later.CaseReference);
        Assert.Equal("contract:", (await harness.Database.ScalarAsync<string>("SELECT open_key FROM cancellation_case"))[..9]);
    }

    [Fact]
    public async Task Answer_naming_a_contract_that_has_another_open_case_goes_to_review()
    {
        var harness = await IntakeHarness.CreateAsync();
        await CustomerSeed.AddAsync(harness.Database, "NL4104", email: "bekend4@example.nl");
        var sms = await Accept(harness, Messages.Api("c1", Phone, "Ik zeg op", channel: Channels.Sms));
        var mail = await Accept(harness, Messages.Api("c2", "bekend4@example.nl", "Ik zeg op", Messages.Monday.AddHours(1), Channels.Email));

        var answer = await Accept(harness, Messages.Api("c3", Phone, "NL4104", Messages.Monday.AddHours(2), Channels.Sms));

        Assert.Equal(sms.CaseReference, answer.CaseReference);
        var statuses = await harness.Database.QueryAsync<(string Reference, string Status)>("SELECT reference, status FROM cancellation_case ORDER BY id");
        Assert.Equal([(sms.CaseReference!, CaseStatuses.NeedsReview), (mail.CaseReference!, CaseStatuses.Accepted)], statuses.ToArray());
        Assert.Equal("contract-has-open-case", await ReviewReason(harness, sms.CaseReference!));
    }

    [Fact]
    public async Task Ambiguous_answer_goes_to_review()
    {
        var harness = await IntakeHarness.CreateAsync();
        await CustomerSeed.AddAsync(harness.Database, "NL4105");
        await CustomerSeed.AddAsync(harness.Database, "NL4106");
        // One family phone: both declare, each naming their own account.
        var mother = await Accept(harness, Messages.Api("a1", Phone, "Ik zeg op, klantnummer NL4105", channel: Channels.Sms));
        var father = await Accept(harness, Messages.Api("a2", Phone, "Ik zeg ook op, klantnummer NL4106", Messages.Monday.AddMinutes(5), Channels.Sms));
        Assert.NotEqual(mother.CaseReference, father.CaseReference);

        var answer = await Accept(harness, Messages.Api("a3", Phone, "Klopt het dat ik nog een keer moet betalen?", Messages.Monday.AddHours(1), Channels.Sms));

        Assert.NotNull(answer.CaseReference);
        Assert.DoesNotContain(answer.CaseReference, new[] { mother.CaseReference, father.CaseReference });
        var review = await harness.Cases.GetAsync(answer.CaseReference!, CancellationToken.None);
        Assert.Equal(CaseStatuses.NeedsReview, review!.Status);
        Assert.Equal("sender-has-open-cases-of-several-customers", await ReviewReason(harness, answer.CaseReference!));
        foreach (var reference in new[] { mother.CaseReference!, father.CaseReference! })
            Assert.Equal(CaseStatuses.Accepted, (await harness.Cases.GetAsync(reference, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task Unclear_question_is_not_the_first_declaration()
    {
        var harness = await IntakeHarness.CreateAsync();
        await CustomerSeed.AddAsync(harness.Database, "NL4107", email: "vraag@example.nl");
        var question = await Accept(harness, Messages.Api("u1", "vraag@example.nl", "Wat is de opzegtermijn van mijn contract?", channel: Channels.Email));
        Assert.Equal(Intents.Unclear, question.Intent);

        var declaration = await Accept(harness, Messages.Api("u2", "vraag@example.nl", "Dan zeg ik hierbij mijn abonnement op.", Messages.Monday.AddHours(4), Channels.Email));

        Assert.Equal(question.CaseReference, declaration.CaseReference);
        var view = await harness.Cases.GetAsync(question.CaseReference!, CancellationToken.None);
        Assert.Equal((declaration.MessageId, Messages.Monday.AddHours(4)), (view!.FirstDeclarationMessageId, view.ReceivedAt));
    }

    private static Task<global::Intake.Core.Pipeline.AcceptResult> Accept(IntakeHarness harness, InboundMessage message) =>
        harness.Pipeline.AcceptAsync(message, CancellationToken.None);

    private static Task<string> ReviewReason(IntakeHarness harness, string reference) => harness.Database.ScalarAsync<string>(
        """
        SELECT e.data->>'reason' FROM case_event e JOIN cancellation_case c ON c.id = e.case_id
        WHERE c.reference = @reference AND e.type = 'answer_needs_review'
        """, new { reference });
}
