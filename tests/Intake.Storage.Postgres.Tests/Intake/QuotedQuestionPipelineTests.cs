using Intake.Core.Model;
using Intake.Testing;

namespace Intake.Storage.Postgres.Tests.Intake;

/// <summary>
/// The pipeline hands the classifier the new text with the quote below it: a short answer is read with the question it
/// answers, as in the classifier's own tests, not as a bare "yes" that can only go to review.
/// </summary>
public sealed class QuotedQuestionPipelineTests
{
    private const string OurQuestion =
        "\n\nOp 1 mrt. 2026 om 16:05 schreef Klantenservice Lezersservice <service@example.nl>:\n"
        + "> Beste lezer,\n> U belde ons over uw weekendkrant. Wilt u dat abonnement per 1 april 2026 opzeggen? Antwoord met JA of NEE.\n";

    [Fact]
    public async Task A_yes_above_our_quoted_question_opens_the_cancellation_it_offered_with_its_date()
    {
        var harness = await IntakeHarness.CreateAsync();

        var result = await harness.Pipeline.AcceptAsync(Messages.Api("answer-yes", "wim@example.nl", "Ja hoor, doe maar 👍" + OurQuestion, channel: Channels.Email), CancellationToken.None);

        Assert.Equal(Intents.Cancel, result.Intent);
        var view = await harness.Cases.GetAsync(result.CaseReference!, CancellationToken.None);
        Assert.Equal(new DateOnly(2026, 4, 1), view!.RequestedDate);
        var cues = await harness.Database.ScalarAsync<string[]>("SELECT cues FROM inbound_message");
        Assert.Contains("answer:yes:ending", cues);
    }

    [Fact]
    public async Task A_plain_no_above_our_quoted_question_is_no_cancellation_and_opens_no_case()
    {
        var harness = await IntakeHarness.CreateAsync();

        var result = await harness.Pipeline.AcceptAsync(Messages.Api("answer-no", "wim@example.nl", "Nee, bedankt." + OurQuestion, channel: Channels.Email), CancellationToken.None);

        Assert.Equal(Intents.Other, result.Intent);
        Assert.Null(result.CaseReference);
        Assert.Equal(0, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM outbound_message"));
    }
}
