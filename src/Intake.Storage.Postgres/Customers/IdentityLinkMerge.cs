using Dapper;
using Intake.Core.Customers;
using Npgsql;

namespace Intake.Storage.Postgres.Customers;

/// <summary>
/// Gives every imported customer a verified link for its account number, email, phone, X id and postcode + house
/// number (the key of <c>PostalCodes.Key</c>, "1234AB 12a"; the company's
/// own records vouch for them), and drops the links an earlier import made for values that have since changed.
/// </summary>
internal static class IdentityLinkMerge
{
    private const string StageSql = """
        CREATE TEMP TABLE import_link ON COMMIT DROP AS
            SELECT link.kind, link.value, c.id AS customer_id
            FROM import_customer i
            JOIN customer c ON c.account_number = i.account_number
            CROSS JOIN LATERAL (VALUES ('account', i.account_number), ('email', i.email), ('phone', i.phone), ('x', i.x_user_id),
                                       ('postal', i.postcode || ' ' || i.house_number))
                AS link (kind, value)
            WHERE link.value IS NOT NULL;
        ANALYZE import_link;
        """;

    // Only the link for the old value goes; links that other parts of the system added for the customer stay.
    private const string DeleteStaleSql = """
        DELETE FROM identity_link l
        USING (
            SELECT p.id, old.kind, old.value
            FROM import_previous p
            JOIN import_customer i ON i.account_number = p.account_number
            CROSS JOIN LATERAL (VALUES ('email', p.email, i.email), ('phone', p.phone, i.phone), ('x', p.x_user_id, i.x_user_id),
                                       ('postal', p.postcode || ' ' || p.house_number, i.postcode || ' ' || i.house_number))
                AS old (kind, value, new_value)
            WHERE old.value IS NOT NULL AND old.value IS DISTINCT FROM old.new_value) stale
        WHERE l.customer_id = stale.id AND l.kind = stale.kind AND l.value = stale.value
        """;

    private const string VerifySql = """
        UPDATE identity_link l SET verified = true
        FROM import_link n
        WHERE l.kind = n.kind AND l.value = n.value AND l.customer_id = n.customer_id AND NOT l.verified
        """;

    // Staff may link an address in the console while an upload runs: their link stands, the upload's is not needed.
    private const string InsertSql = """
        INSERT INTO identity_link (kind, value, customer_id, verified)
        SELECT n.kind, n.value, n.customer_id, true
        FROM import_link n
        WHERE NOT EXISTS (SELECT FROM identity_link l WHERE l.kind = n.kind AND l.value = n.value AND l.customer_id = n.customer_id)
        ORDER BY n.kind, n.value
        ON CONFLICT (kind, value, customer_id) DO NOTHING
        """;

    /// <returns>The links the import vouches for: inserted, made verified (updated), and the stale ones removed.</returns>
    public static async Task<UpsertCounts> RunAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        async Task<int> Execute(string sql) => await connection.ExecuteAsync(CustomerDirectoryMerge.Command(sql, transaction, cancellationToken));

        await Execute(StageSql);
        var total = await connection.ExecuteScalarAsync<long>(CustomerDirectoryMerge.Command("SELECT count(*) FROM import_link", transaction, cancellationToken));
        var removed = await Execute(DeleteStaleSql);
        var verified = await Execute(VerifySql);
        var inserted = await Execute(InsertSql);
        return new UpsertCounts(total, inserted, verified) { Removed = removed };
    }
}
