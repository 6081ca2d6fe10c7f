using Intake.Core.Model;
using Intake.Testing;

namespace Intake.Storage.Postgres.Tests.Intake;

public sealed class ThreadingTests
{
    [Fact]
    public async Task A_reply_with_the_missing_account_number_completes_the_case_and_keeps_the_first_receipt_time()
    {
        var harness = await IntakeHarness.CreateAsync();
        await CustomerSeed.AddAsync(harness.Database, "NL9009", email: "op.file@example.nl", product: "Mobiel 10GB");
        var first = await harness.Pipeline.AcceptAsync(
            Messages.Api("t1", "nieuw.adres@example.nl", "Ik wil mijn abonnement opzeggen", channel: Channels.Email), CancellationToken.None);

        var reply = await harness.Pipeline.AcceptAsync(Messages.Api("t2", "nieuw.adres@example.nl",
            "Mijn klantnummer is NL9009", Messages.Monday.AddHours(3), Channels.Email) with { RelatedCaseReference = first.CaseReference },
            CancellationToken.None);

        Assert.Equal(first.CaseReference, reply.CaseReference);
        var view = await harness.Cases.GetAsync(first.CaseReference!, CancellationToken.None);
        Assert.Equal((CaseStatuses.Accepted, Messages.Monday, "Mobiel 10GB"), (view!.Status, view.ReceivedAt, view.Product));
        Assert.False(view.Verified);
        Assert.Equal(["confirmation", "confirmation-contact", "identification-request"], view.Outbound.Select(o => o.Kind).Order().ToArray());
    }

    [Fact]
    public async Task A_thank_you_in_the_thread_joins_the_case_timeline_without_another_reply()
    {
        var harness = await IntakeHarness.CreateAsync();
        await CustomerSeed.AddAsync(harness.Database, "NL9010", email: "dank@example.nl");
        var first = await harness.Pipeline.AcceptAsync(Messages.Api("d1", "dank@example.nl", "Ik zeg op", channel: Channels.Email), CancellationToken.None);

        var thanks = await harness.Pipeline.AcceptAsync(Messages.Api("d2", "dank@example.nl", "Dank voor de snelle bevestiging!",
            channel: Channels.Email) with { RelatedCaseReference = first.CaseReference }, CancellationToken.None);

        Assert.Equal(first.CaseReference, thanks.CaseReference);
        var view = await harness.Cases.GetAsync(first.CaseReference!, CancellationToken.None);
        Assert.Equal(2, view!.Messages.Count);
        Assert.Single(view.Outbound);
    }

    [Fact]
    public async Task A_mail_with_only_a_scanned_letter_opens_a_case_for_review_with_its_receipt_time()
    {
        var harness = await IntakeHarness.CreateAsync();

        var result = await harness.Pipeline.AcceptAsync(Messages.Api("scan-1", "brief@example.nl",
            "Zie bijlage.\n[attachment: scan_0012.pdf (application/pdf, 120 KB)]", channel: Channels.Email) with { NeedsReview = true },
            CancellationToken.None);

        Assert.Equal(Intents.Unclear, result.Intent);
        var view = await harness.Cases.GetAsync(result.CaseReference!, CancellationToken.None);
        Assert.Equal((CaseStatuses.NeedsReview, Messages.Monday), (view!.Status, view.ReceivedAt));
    }
}
