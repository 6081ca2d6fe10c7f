using Intake.Core.Model;
using Intake.Testing;

namespace Intake.Storage.Postgres.Tests.Intake;

/// <summary>The safety net in the pipeline, against the real database: what may be a cancellation is never stored case-less.</summary>
public sealed class SafetyNetPipelineTests
{
    [Theory]
    [InlineData("Na twaalf jaar ben ik er klaar mee. Regel het maar.")]
    [InlineData("The spa weekend I booked for January has to be called off.")]
    public async Task A_message_with_a_leaving_cue_opens_a_review_case_and_gets_an_acknowledgement_of_receipt(string text)
    {
        var harness = await IntakeHarness.CreateAsync();

        var result = await harness.Pipeline.AcceptAsync(Messages.Api("net-1", "sanne@example.nl", text), CancellationToken.None);

        Assert.NotEqual(Intents.Other, result.Intent);
        Assert.NotNull(result.CaseReference);
        var view = await harness.Cases.GetAsync(result.CaseReference!, CancellationToken.None);
        Assert.NotNull(view);
        Assert.Equal(Messages.Monday, view.ReceivedAt);
        var reply = Assert.Single(view.Outbound);
        Assert.Equal(Channels.Email, reply.Channel);
        // The receipt: the reference and the receipt date and time (Amsterdam), so the declaration's time is on record.
        Assert.Contains(result.CaseReference!, reply.Body, StringComparison.Ordinal);
        Assert.Contains("10:30", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_confident_other_without_a_cue_is_stored_without_a_case_or_reply()
    {
        var harness = await IntakeHarness.CreateAsync();

        var result = await harness.Pipeline.AcceptAsync(
            Messages.Api("net-2", "sanne@example.nl", "Kunt u mij een kopie van de factuur van november sturen?"), CancellationToken.None);

        Assert.Equal(Intents.Other, result.Intent);
        Assert.Null(result.CaseReference);
        Assert.Equal(0, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM outbound_message"));
    }
}
