using Dapper;
using Npgsql;

namespace Intake.Storage.Postgres.Customers;

/// <summary>Moves the staged rows into customer, contract and identity_link with set-based upserts.</summary>
internal static class CustomerDirectoryMerge
{
    // Temp tables have no statistics until analysed; without them the planner picks nested loops over a million rows.
    // Where rows of one account disagree, the last line in the file wins.
    private const string PrepareSql = """
        ANALYZE import_row;
        CREATE TEMP TABLE import_customer ON COMMIT DROP AS
            SELECT DISTINCT ON (account_number) account_number, name, email, phone, x_user_id
            FROM import_row ORDER BY account_number, line DESC;
        ANALYZE import_customer;
        CREATE TEMP TABLE import_previous ON COMMIT DROP AS
            SELECT c.id, c.account_number, c.email, c.phone, c.x_user_id
            FROM customer c JOIN import_customer i ON i.account_number = c.account_number;
        """;

    // xmax = 0 marks a row this statement inserted; an updated row carries our transaction id.
    private const string UpsertCustomersSql = """
        WITH upserted AS (
            INSERT INTO customer AS c (account_number, name, email, phone, x_user_id)
            SELECT account_number, name, email, phone, x_user_id FROM import_customer
            ON CONFLICT (account_number) DO UPDATE
                SET name = excluded.name, email = excluded.email, phone = excluded.phone,
                    x_user_id = excluded.x_user_id, updated_at = now()
                WHERE (c.name, c.email, c.phone, c.x_user_id)
                      IS DISTINCT FROM (excluded.name, excluded.email, excluded.phone, excluded.x_user_id)
            RETURNING xmax = 0 AS inserted)
        SELECT (SELECT count(*) FROM import_customer) AS total,
               count(*) FILTER (WHERE inserted) AS inserted,
               count(*) FILTER (WHERE NOT inserted) AS updated
        FROM upserted
        """;

    // Only the link an earlier import made for the old value goes; links other parts of the system added stay.
    private const string ReplaceLinksSql = """
        DELETE FROM identity_link l
        USING (
            SELECT p.id, old.kind, old.value
            FROM import_previous p
            JOIN import_customer i ON i.account_number = p.account_number
            CROSS JOIN LATERAL (VALUES ('email', p.email, i.email), ('phone', p.phone, i.phone), ('x', p.x_user_id, i.x_user_id))
                AS old (kind, value, new_value)
            WHERE old.value IS NOT NULL AND old.value IS DISTINCT FROM old.new_value) stale
        WHERE l.customer_id = stale.id AND l.kind = stale.kind AND l.value = stale.value;

        INSERT INTO identity_link (kind, value, customer_id, verified)
        SELECT link.kind, link.value, c.id, true
        FROM import_customer i
        JOIN customer c ON c.account_number = i.account_number
        CROSS JOIN LATERAL (VALUES ('account', i.account_number), ('email', i.email), ('phone', i.phone), ('x', i.x_user_id))
            AS link (kind, value)
        WHERE link.value IS NOT NULL
        ON CONFLICT (kind, value, customer_id) DO UPDATE SET verified = true WHERE NOT identity_link.verified;
        """;

    private const string UpsertContractsSql = """
        WITH upserted AS (
            INSERT INTO contract AS k (external_id, customer_id, product, start_date, minimum_term_end, notice_period, renewal, time_zone)
            SELECT r.contract_id, c.id, r.product, r.start_date, r.minimum_term_end, r.notice_period, r.renewal, r.time_zone
            FROM import_row r JOIN customer c ON c.account_number = r.account_number
            ON CONFLICT (external_id) DO UPDATE
                SET customer_id = excluded.customer_id, product = excluded.product, start_date = excluded.start_date,
                    minimum_term_end = excluded.minimum_term_end, notice_period = excluded.notice_period,
                    renewal = excluded.renewal, time_zone = excluded.time_zone
                WHERE (k.customer_id, k.product, k.start_date, k.minimum_term_end, k.notice_period, k.renewal, k.time_zone)
                      IS DISTINCT FROM (excluded.customer_id, excluded.product, excluded.start_date, excluded.minimum_term_end,
                                        excluded.notice_period, excluded.renewal, excluded.time_zone)
            RETURNING xmax = 0 AS inserted)
        SELECT (SELECT count(*) FROM import_row) AS total,
               count(*) FILTER (WHERE inserted) AS inserted,
               count(*) FILTER (WHERE NOT inserted) AS updated
        FROM upserted
        """;

    public static async Task<(UpsertCounts Customers, UpsertCounts Contracts)> RunAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        await connection.ExecuteAsync(Command(PrepareSql, transaction, cancellationToken));
        File.AppendAllText("/tmp/phases.txt", $"prepare {sw.Elapsed}\n"); sw.Restart();
        var customers = await connection.QuerySingleAsync<UpsertCounts>(Command(UpsertCustomersSql, transaction, cancellationToken));
        File.AppendAllText("/tmp/phases.txt", $"customers {sw.Elapsed}\n"); sw.Restart();
        await connection.ExecuteAsync(Command(ReplaceLinksSql, transaction, cancellationToken));
        File.AppendAllText("/tmp/phases.txt", $"links {sw.Elapsed}\n"); sw.Restart();
        var contracts = await connection.QuerySingleAsync<UpsertCounts>(Command(UpsertContractsSql, transaction, cancellationToken));
        File.AppendAllText("/tmp/phases.txt", $"contracts {sw.Elapsed}\n"); sw.Restart();
        return (customers, contracts);
    }

    // A million rows take longer than the default 30 s command timeout; cancellation still stops them.
    private static CommandDefinition Command(string sql, NpgsqlTransaction transaction, CancellationToken cancellationToken) =>
        new(sql, transaction: transaction, commandTimeout: 0, cancellationToken: cancellationToken);
}
