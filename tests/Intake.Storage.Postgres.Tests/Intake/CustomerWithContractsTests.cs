using Intake.Core.Classification;
using Intake.Core.Model;
using Intake.Core.Pipeline;
using Intake.Storage.Postgres.Intake;
using Intake.Testing;

namespace Intake.Storage.Postgres.Tests.Intake;

/// <summary>The identity look-up brings the customer's open contracts in the same round trip, as the contract table holds them.</summary>
public sealed class CustomerWithContractsTests
{
    private const string OpenContracts =
        "SELECT id, external_id AS ExternalId, product FROM contract WHERE customer_id = @customerId AND ended_on IS NULL ORDER BY id";

    private static readonly IntentResult Cancel = new() { Intent = Intents.Cancel, Confidence = 0.9, Language = "nl" };

    [Fact]
    public async Task A_customer_found_by_an_identity_comes_back_with_their_open_contracts_in_id_order_and_no_ended_one()
    {
        var harness = await IntakeHarness.CreateAsync();
        var (customerId, _) = await CustomerSeed.AddAsync(harness.Database, "NL5001", email: "anna@example.nl", minimumTermEnd: "2025-01-15");
        await AddContractAsync(harness, customerId, "K-NL5001-TV", "TV Basis", endedOn: null);
        await AddContractAsync(harness, customerId, "K-NL5001-OLD", "Telefoon", endedOn: "2024-06-30");
        await CustomerSeed.AddAsync(harness.Database, "NL5002", email: "bert@example.nl");

        await using var session = await new PostgresIntakeStore(harness.Database.DataSource).BeginAsync(CancellationToken.None);
        var found = await session.FindCustomerAsync("email", "anna@example.nl", CancellationToken.None);

        var expected = await harness.Database.QueryAsync<(long Id, string ExternalId, string Product)>(OpenContracts, new { customerId });
        Assert.Equal(new CustomerMatch(customerId, "anna@example.nl", null, true), found!.Customer);
        Assert.Equal(expected, found.Contracts.Select(c => (c.Id, c.ExternalId, c.Product)));
        Assert.Equal(2, found.Contracts.Count);
        var terms = found.Contracts[0].Terms;
        Assert.Equal((new DateOnly(2023, 1, 15), new DateOnly(2025, 1, 15), "P1M", "monthly"),
            (terms.StartDate, terms.MinimumTermEnd, terms.NoticePeriod, terms.Renewal));
    }

    [Fact]
    public async Task A_customer_whose_contracts_all_ended_is_still_found_with_no_contract()
    {
        var harness = await IntakeHarness.CreateAsync();
        var (customerId, _) = await CustomerSeed.AddAsync(harness.Database, "NL5003", phone: "+31612340000");
        await harness.Database.ExecuteAsync("UPDATE contract SET ended_on = '2024-01-01' WHERE customer_id = @customerId", new { customerId });

        await using var session = await new PostgresIntakeStore(harness.Database.DataSource).BeginAsync(CancellationToken.None);
        var found = await session.FindCustomerAsync("phone", "+31612340000", CancellationToken.None);

        Assert.Equal(customerId, found!.Customer.CustomerId);
        Assert.Empty(found.Contracts);
        Assert.Null(await session.FindCustomerAsync("phone", "+31600000000", CancellationToken.None));
    }

    [Fact]
    public async Task An_address_of_one_customer_finds_them_with_their_contracts_and_an_address_of_two_finds_nobody()
    {
        var harness = await IntakeHarness.CreateAsync();
        var (alone, contract) = await CustomerSeed.AddAsync(harness.Database, "NL5004", postcode: "1234AB", houseNumber: "5");
        await CustomerSeed.AddAsync(harness.Database, "NL5005", postcode: "4321BA", houseNumber: "7");
        await CustomerSeed.AddAsync(harness.Database, "NL5006", postcode: "4321BA", houseNumber: "7");

        await using var session = await new PostgresIntakeStore(harness.Database.DataSource).BeginAsync(CancellationToken.None);
        var sole = await session.FindSoleCustomerAsync("postal", "1234AB 5", CancellationToken.None);
        var household = await session.FindSoleCustomerAsync("postal", "4321BA 7", CancellationToken.None);

        Assert.Equal(new CustomerMatch(alone, null, null, false), sole!.Customer);
        Assert.Equal([contract], sole.Contracts.Select(c => c.Id));
        Assert.Null(household);
    }

    [Fact]
    public async Task The_customer_the_sender_address_links_to_comes_with_the_message_insert_and_is_not_read_again()
    {
        var harness = await IntakeHarness.CreateAsync();
        var (customerId, contract) = await CustomerSeed.AddAsync(harness.Database, "NL5007", email: "carla@example.nl");
        FoundCustomer? separately;
        await using (var before = await new PostgresIntakeStore(harness.Database.DataSource).BeginAsync(CancellationToken.None))
            separately = await before.FindCustomerAsync("email", "carla@example.nl", CancellationToken.None);

        await using var session = await new PostgresIntakeStore(harness.Database.DataSource).BeginAsync(CancellationToken.None);
        await session.InsertMessageAsync(Messages.Api("c1", "carla@example.nl", "Ik zeg op"), Cancel, withSenderCases: true, CancellationToken.None);
        // Gone from the database after the insert: only what the insert's round trip read can still answer.
        await harness.Database.ExecuteAsync("DELETE FROM identity_link WHERE customer_id = @customerId", new { customerId });
        var withInsert = await session.FindCustomerAsync("email", "carla@example.nl", CancellationToken.None);

        Assert.Equal(separately!.Customer, withInsert!.Customer);
        Assert.Equal([contract], withInsert.Contracts.Select(c => c.Id));
        Assert.Equal(separately.Contracts, withInsert.Contracts);
        // Any other identity is looked up when asked for.
        Assert.Null(await session.FindCustomerAsync("account", "NL5007", CancellationToken.None));
    }

    private static Task<int> AddContractAsync(IntakeHarness harness, long customerId, string externalId, string product, string? endedOn) =>
        harness.Database.ExecuteAsync(
            """
            INSERT INTO contract (external_id, customer_id, product, start_date, notice_period, renewal, ended_on)
            VALUES (@externalId, @customerId, @product, '2024-02-01', 'P1M', 'monthly', @endedOn::date)
            """, new { externalId, customerId, product, endedOn });
}
