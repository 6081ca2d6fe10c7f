using Dapper;
using Intake.Core.Customers;
using Npgsql;

namespace Intake.Storage.Postgres.Customers;

/// <summary>
/// Moves the staged rows into customer and contract with set-based statements. Rows are split into new and changed
/// before writing, so unchanged rows cost a join and no write: INSERT ... ON CONFLICT would lock and log every one.
/// Plain INSERTs are safe because imports run one at a time and nothing else creates customers or contracts.
/// </summary>
internal static class CustomerDirectoryMerge
{
    // Temp tables have no statistics until analysed; without them the planner picks nested loops over a million rows.
    // The default work_mem would spill the million-row sorts and hashes to disk; this is one admin job, not a hundred sessions.
    // Where rows of one account disagree, the last line in the file wins.
    private const string PrepareSql = """
        SET LOCAL work_mem = '128MB';
        ANALYZE import_row;
        CREATE TEMP TABLE import_customer ON COMMIT DROP AS
            SELECT DISTINCT ON (account_number) account_number, name, email, phone, x_user_id, postcode, house_number
            FROM import_row ORDER BY account_number, line DESC;
        ANALYZE import_customer;
        CREATE TEMP TABLE import_previous ON COMMIT DROP AS
            SELECT c.id, c.account_number, c.name, c.email, c.phone, c.x_user_id, c.postcode, c.house_number
            FROM customer c JOIN import_customer i ON i.account_number = c.account_number;
        ANALYZE import_previous;
        """;

    private const string UpdateCustomersSql = """
        UPDATE customer c
        SET name = i.name, email = i.email, phone = i.phone, x_user_id = i.x_user_id, postcode = i.postcode, house_number = i.house_number,
            updated_at = now()
        FROM import_customer i JOIN import_previous p ON p.account_number = i.account_number
        WHERE c.id = p.id
          AND (p.name, p.email, p.phone, p.x_user_id, p.postcode, p.house_number)
              IS DISTINCT FROM (i.name, i.email, i.phone, i.x_user_id, i.postcode, i.house_number)
        """;

    // Inserting in key order keeps the unique index's hot pages in memory.
    private const string InsertCustomersSql = """
        INSERT INTO customer (account_number, name, email, phone, x_user_id, postcode, house_number)
        SELECT i.account_number, i.name, i.email, i.phone, i.x_user_id, i.postcode, i.house_number
        FROM import_customer i
        WHERE NOT EXISTS (SELECT FROM import_previous p WHERE p.account_number = i.account_number)
        ORDER BY i.account_number
        """;

    private const string UpdateContractsSql = """
        UPDATE contract k
        SET customer_id = c.id, product = r.product, start_date = r.start_date, minimum_term_end = r.minimum_term_end,
            notice_period = r.notice_period, renewal = r.renewal, time_zone = r.time_zone, concluded_on = r.concluded_on
        FROM import_row r JOIN customer c ON c.account_number = r.account_number
        WHERE k.external_id = r.contract_id
          AND (k.customer_id, k.product, k.start_date, k.minimum_term_end, k.notice_period, k.renewal, k.time_zone, k.concluded_on)
              IS DISTINCT FROM (c.id, r.product, r.start_date, r.minimum_term_end, r.notice_period, r.renewal, r.time_zone, r.concluded_on)
        """;

    private const string InsertContractsSql = """
        INSERT INTO contract (external_id, customer_id, product, start_date, minimum_term_end, notice_period, renewal, time_zone, concluded_on)
        SELECT r.contract_id, c.id, r.product, r.start_date, r.minimum_term_end, r.notice_period, r.renewal, r.time_zone, r.concluded_on
        FROM import_row r JOIN customer c ON c.account_number = r.account_number
        WHERE NOT EXISTS (SELECT FROM contract k WHERE k.external_id = r.contract_id)
        ORDER BY r.contract_id
        """;

    private const string TotalsSql = "SELECT (SELECT count(*) FROM import_customer) AS customers, (SELECT count(*) FROM import_row) AS contracts";

    public static async Task<(UpsertCounts Customers, UpsertCounts Contracts, UpsertCounts Identities)> RunAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        async Task<int> Execute(string sql) =>
            await connection.ExecuteAsync(Command(sql, transaction, cancellationToken));

        await Execute(PrepareSql);
        var (customerTotal, contractTotal) = await connection.QuerySingleAsync<(long, long)>(Command(TotalsSql, transaction, cancellationToken));
        var customersUpdated = await Execute(UpdateCustomersSql);
        var customersInserted = await Execute(InsertCustomersSql);
        var identities = await IdentityLinkMerge.RunAsync(connection, transaction, cancellationToken);
        var contractsUpdated = await Execute(UpdateContractsSql);
        var contractsInserted = await Execute(InsertContractsSql);
        return (new UpsertCounts(customerTotal, customersInserted, customersUpdated),
                new UpsertCounts(contractTotal, contractsInserted, contractsUpdated), identities);
    }

    /// <summary>A statement inside the import's transaction, without the 30 s default timeout a million rows would exceed.</summary>
    internal static CommandDefinition Command(string sql, NpgsqlTransaction transaction, CancellationToken cancellationToken) =>
        new(sql, transaction: transaction, commandTimeout: 0, cancellationToken: cancellationToken);
}
