using System.Globalization;
using Npgsql;

namespace Intake.Benchmarks;

/// <summary>Seeds customers with one contract and verified email, phone and account links, in one round trip.</summary>
internal static class CustomerSeeder
{
    // One statement for all: generate_series keeps seeding to a fraction of a second for thousands.
    private const string Sql = """
        WITH c AS (
            INSERT INTO customer (account_number, name, email, phone)
            SELECT 'BK' || lpad(i::text, 7, '0'), 'Benchmark Klant ' || i, 'bench.klant' || i || '@example.nl', '+3161' || lpad(i::text, 7, '0')
            FROM generate_series(1, @count) AS i
            ON CONFLICT (account_number) DO NOTHING
            RETURNING id, account_number, email, phone),
        k AS (
            INSERT INTO contract (external_id, customer_id, product, start_date, notice_period, renewal)
            SELECT 'K-' || account_number, id, 'Internet 100', DATE '2023-01-15', 'P1M', 'monthly' FROM c)
        INSERT INTO identity_link (kind, value, customer_id, verified)
        SELECT kind, value, id, true FROM c
        CROSS JOIN LATERAL (VALUES ('account', account_number), ('email', email), ('phone', phone)) AS l(kind, value)
        """;

    public static async Task<IReadOnlyList<SeededCustomer>> SeedAsync(NpgsqlDataSource database, int count, CancellationToken cancellationToken)
    {
        if (count > 0)
        {
            await using var command = database.CreateCommand(Sql);
            command.Parameters.AddWithValue("count", count);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        return [.. Enumerable.Range(1, count).Select(i =>
        {
            var number = i.ToString("D7", CultureInfo.InvariantCulture);
            return new SeededCustomer("BK" + number, $"bench.klant{i.ToString(CultureInfo.InvariantCulture)}@example.nl", "+3161" + number);
        })];
    }
}
