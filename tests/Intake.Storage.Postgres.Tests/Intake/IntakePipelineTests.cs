using Intake.Core.Model;
using Intake.Testing;

namespace Intake.Storage.Postgres.Tests.Intake;

public sealed class IntakePipelineTests
{
    [Fact]
    public async Task Cancellation_from_a_linked_email_opens_an_accepted_case_with_a_confirmation_in_the_outbox()
    {
        var harness = await IntakeHarness.CreateAsync();
        await CustomerSeed.AddAsync(harness.Database, "NL1001", email: "jan@example.nl", product: "Internet 100");

        var result = await harness.Pipeline.AcceptAsync(
            Messages.Api("m1", "jan@example.nl", "Hierbij zeg ik mijn abonnement op."), CancellationToken.None);

        Assert.Equal(Intents.Cancel, result.Intent);
        Assert.Matches(@"^C-2026-\d{6}$", result.CaseReference);
        var view = await harness.Cases.GetAsync(result.CaseReference!, CancellationToken.None);
        Assert.NotNull(view);
        Assert.Equal(CaseStatuses.Accepted, view.Status);
        Assert.True(view.Verified);
        Assert.Equal(Messages.Monday, view.ReceivedAt);
        Assert.Equal(new DateOnly(2026, 4, 2), view.EffectiveDate);
        var outbound = Assert.Single(view.Outbound);
        Assert.Equal(("confirmation", Channels.Email, "jan@example.nl", OutboundStatuses.Queued),
            (outbound.Kind, outbound.Channel, outbound.To, outbound.Status));
        Assert.Contains(result.CaseReference!, outbound.Body, StringComparison.Ordinal);
        Assert.Contains("Internet 100", outbound.Body, StringComparison.Ordinal);
        Assert.Equal(1, harness.Signals);
    }

    [Fact]
    public async Task A_redelivery_returns_the_first_result_and_creates_nothing()
    {
        var harness = await IntakeHarness.CreateAsync();
        var message = Messages.Api("dup-1", "+31612345678", "Ik wil opzeggen");

        var first = await harness.Pipeline.AcceptAsync(message, CancellationToken.None);
        var second = await harness.Pipeline.AcceptAsync(message with { Text = "changed" }, CancellationToken.None);

        Assert.False(first.Duplicate);
        Assert.True(second.Duplicate);
        Assert.Equal((first.MessageId, first.CaseReference), (second.MessageId, second.CaseReference));
        Assert.Equal(1, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM inbound_message"));
        Assert.Equal(1, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM outbound_message"));
    }

    [Fact]
    public async Task Fifty_concurrent_identical_deliveries_give_one_message_one_case_and_one_confirmation()
    {
        var harness = await IntakeHarness.CreateAsync();
        await CustomerSeed.AddAsync(harness.Database, "NL2002", email: "piet@example.nl");
        var message = Messages.Api("burst-1", "piet@example.nl", "Graag mijn contract beëindigen per direct.");

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() =>
            harness.Gateway.ReceiveAsync(Messages.Raw(message), () => message, CancellationToken.None))));

        Assert.All(results, r => Assert.False(r.Quarantined, r.QuarantineReason));
        Assert.Single(results.Select(r => r.Result!.CaseReference).Distinct());
        Assert.Single(results, r => !r.Result!.Duplicate);
        Assert.Equal(1, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM inbound_message"));
        Assert.Equal(1, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM cancellation_case"));
        Assert.Equal(1, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM outbound_message"));
        Assert.Equal(50, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM raw_payload WHERE status = 'accepted'"));
    }

    [Fact]
    public async Task Concurrent_declarations_of_one_customer_on_different_channels_join_one_case()
    {
        var harness = await IntakeHarness.CreateAsync();
        await CustomerSeed.AddAsync(harness.Database, "NL2003", email: "els@example.nl", phone: "+31687654321");

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => harness.Pipeline.AcceptAsync(i % 2 == 0
            ? Messages.Api($"e{i}", "els@example.nl", "Ik zeg op", channel: Channels.Email)
            : Messages.Api($"s{i}", "+31687654321", "opzeggen aub", channel: Channels.Sms), CancellationToken.None))));

        Assert.Single(results.Select(r => r.CaseReference).Distinct());
        Assert.Equal(1, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM cancellation_case"));
        // One confirmation per channel the customer used, never one per message.
        Assert.Equal(2, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM outbound_message"));
    }

    [Fact]
    public async Task A_later_declaration_on_another_channel_joins_the_case_and_an_earlier_one_moves_the_receipt_time_earlier()
    {
        var harness = await IntakeHarness.CreateAsync();
        await CustomerSeed.AddAsync(harness.Database, "NL3003", email: "ans@example.nl", phone: "+31611112222");
        var first = await harness.Pipeline.AcceptAsync(
            Messages.Api("a", "ans@example.nl", "Ik wil opzeggen", Messages.Monday, Channels.Email), CancellationToken.None);

        var later = await harness.Pipeline.AcceptAsync(
            Messages.Api("b", "+31611112222", "opzeggen", Messages.Monday.AddDays(2), Channels.Sms), CancellationToken.None);
        var caseAfterLater = await harness.Cases.GetAsync(first.CaseReference!, CancellationToken.None);
        // A letter or a delayed provider can bring a declaration that was made before the first one we saw.
        var earlier = await harness.Pipeline.AcceptAsync(
            Messages.Api("c", "ans@example.nl", "Ik zeg mijn contract op", Messages.Monday.AddHours(-5), Channels.Email), CancellationToken.None);
        var caseAfterEarlier = await harness.Cases.GetAsync(first.CaseReference!, CancellationToken.None);

        Assert.Equal(first.CaseReference, later.CaseReference);
        Assert.Equal(first.CaseReference, earlier.CaseReference);
        Assert.Equal(Messages.Monday, caseAfterLater!.ReceivedAt);
        Assert.Equal(Messages.Monday.AddHours(-5), caseAfterEarlier!.ReceivedAt);
        Assert.Equal(3, caseAfterEarlier.Messages.Count);
        Assert.Equal([Channels.Email, Channels.Sms], caseAfterEarlier.Outbound.Select(o => o.Channel).Order().ToArray());
        Assert.Equal(1, await harness.Database.ScalarAsync<long>(
            "SELECT count(*) FROM case_event WHERE type = 'receipt_time_moved_earlier'"));
    }

    [Fact]
    public async Task An_unknown_sender_gets_a_case_that_needs_identification_and_still_a_receipt()
    {
        var harness = await IntakeHarness.CreateAsync();

        var result = await harness.Pipeline.AcceptAsync(
            Messages.Api("u1", "onbekend@example.nl", "Ik wil mijn abonnement opzeggen."), CancellationToken.None);

        var view = await harness.Cases.GetAsync(result.CaseReference!, CancellationToken.None);
        Assert.Equal(CaseStatuses.NeedsIdentification, view!.Status);
        var reply = Assert.Single(view.Outbound);
        Assert.Equal(("identification-request", "onbekend@example.nl"), (reply.Kind, reply.To));
        Assert.Contains(result.CaseReference!, reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_that_is_not_a_cancellation_is_stored_without_a_case_or_reply()
    {
        var harness = await IntakeHarness.CreateAsync();

        var result = await harness.Pipeline.AcceptAsync(
            Messages.Api("o1", "iemand@example.nl", "Mijn internet is traag sinds gisteren, kunnen jullie kijken?"), CancellationToken.None);

        Assert.Equal(Intents.Other, result.Intent);
        Assert.Null(result.CaseReference);
        Assert.Equal(1, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM inbound_message WHERE case_id IS NULL"));
        Assert.Equal(0, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM outbound_message"));
    }

    [Fact]
    public async Task An_unclear_message_opens_a_case_for_review_with_its_receipt_time_kept()
    {
        var harness = await IntakeHarness.CreateAsync();
        await CustomerSeed.AddAsync(harness.Database, "NL4004", email: "kees@example.nl");

        var result = await harness.Pipeline.AcceptAsync(
            Messages.Api("q1", "kees@example.nl", "Hoe kan ik mijn abonnement opzeggen?"), CancellationToken.None);

        Assert.Equal(Intents.Unclear, result.Intent);
        var view = await harness.Cases.GetAsync(result.CaseReference!, CancellationToken.None);
        Assert.Equal((CaseStatuses.NeedsReview, Messages.Monday), (view!.Status, view.ReceivedAt));
        Assert.Equal("acknowledgement", Assert.Single(view.Outbound).Kind);
    }
}
