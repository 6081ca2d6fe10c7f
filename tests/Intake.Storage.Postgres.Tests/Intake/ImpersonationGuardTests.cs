using Intake.Core.Model;
using Intake.Testing;

namespace Intake.Storage.Postgres.Tests.Intake;

public sealed class ImpersonationGuardTests
{
    [Fact]
    public async Task A_case_tied_only_by_a_typed_account_number_is_unverified_and_its_confirmation_also_goes_to_the_address_on_file()
    {
        var harness = await IntakeHarness.CreateAsync();
        await CustomerSeed.AddAsync(harness.Database, "NL8008", email: "echte.klant@example.nl");

        var result = await harness.Pipeline.AcceptAsync(
            Messages.Api("imp-1", "iemand.anders@example.nl", "Ik zeg mijn abonnement op, klantnummer NL8008", channel: Channels.Email),
            CancellationToken.None);

        var view = await harness.Cases.GetAsync(result.CaseReference!, CancellationToken.None);
        Assert.Equal(CaseStatuses.Accepted, view!.Status);
        Assert.False(view.Verified);
        Assert.Equal(
            [("confirmation", "iemand.anders@example.nl"), ("confirmation-contact", "echte.klant@example.nl")],
            view.Outbound.Select(o => (o.Kind, o.To)).OrderBy(x => x.Kind).ToArray());
        Assert.Equal(0, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM case_event WHERE verified"));
        Assert.Equal(1, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM case_event WHERE type = 'unverified_identity'"));
    }

    [Fact]
    public async Task A_case_from_a_linked_address_is_verified_and_confirmed_once()
    {
        var harness = await IntakeHarness.CreateAsync();
        await CustomerSeed.AddAsync(harness.Database, "NL8009", email: "echte.klant@example.nl");

        var result = await harness.Pipeline.AcceptAsync(
            Messages.Api("imp-2", "echte.klant@example.nl", "Ik zeg mijn abonnement op, klantnummer NL8009", channel: Channels.Email),
            CancellationToken.None);

        var view = await harness.Cases.GetAsync(result.CaseReference!, CancellationToken.None);
        Assert.True(view!.Verified);
        Assert.Single(view.Outbound);
        Assert.Equal(0, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM case_event WHERE NOT verified"));
    }

    [Fact]
    public async Task Case_events_hold_codes_and_times_but_no_personal_data()
    {
        var harness = await IntakeHarness.CreateAsync();
        await CustomerSeed.AddAsync(harness.Database, "NL8010", email: "echte.klant@example.nl", phone: "+31655554444");

        await harness.Pipeline.AcceptAsync(
            Messages.Api("imp-3", "+31655554444", "Ik zeg op. Groet, Echte Klant, klantnummer NL8010", channel: Channels.Sms), CancellationToken.None);

        var data = string.Join("\n", await harness.Database.QueryAsync<string>("SELECT data::text FROM case_event"));
        foreach (var personal in new[] { "+31655554444", "echte.klant", "NL8010", "Echte Klant" })
            Assert.DoesNotContain(personal, data, StringComparison.Ordinal);
    }
}
