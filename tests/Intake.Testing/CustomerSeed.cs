using Dapper;

namespace Intake.Testing;

/// <summary>Puts a customer with one contract and linked identities into a test database.</summary>
public static class CustomerSeed
{
    public static async Task<(long CustomerId, long ContractId)> AddAsync(
        TestDatabase database, string account, string? email = null, string? phone = null, string product = "Internet 100",
        string startDate = "2023-01-15", string? minimumTermEnd = null, string notice = "P1M", string renewal = "monthly",
        string? contractId = null, string? concludedOn = null, string? postcode = null, string? houseNumber = null)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        var customerId = await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO customer (account_number, name, email, phone, postcode, house_number)
            VALUES (@account, 'Test Klant', @email, @phone, @postcode, @houseNumber) RETURNING id
            """,
            new { account, email, phone, postcode, houseNumber });
        var id = await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO contract (external_id, customer_id, product, start_date, minimum_term_end, notice_period, renewal, concluded_on)
            VALUES (@external, @customerId, @product, @start::date, @minimumTermEnd::date, @notice, @renewal, @concludedOn::date) RETURNING id
            """,
            new { external = contractId ?? "K-" + account, customerId, product, start = startDate, minimumTermEnd, notice, renewal, concludedOn });
        var links = new List<(string Kind, string Value)> { ("account", account.ToUpperInvariant()) };
        if (email is not null) links.Add(("email", email));
        if (phone is not null) links.Add(("phone", phone));
        if (postcode is not null && houseNumber is not null) links.Add(("postal", postcode + " " + houseNumber));
        foreach (var (kind, value) in links)
            await connection.ExecuteAsync(
                "INSERT INTO identity_link (kind, value, customer_id, verified) VALUES (@kind, @value, @customerId, true)",
                new { kind, value, customerId });
        return (customerId, id);
    }
}
