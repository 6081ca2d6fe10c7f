using Dapper;
using Intake.Core.Console;
using Npgsql;

namespace Intake.Storage.Postgres.Console;

/// <summary>"Do not contact for retention": the customer of every Accepted or Completed case, for other systems to fetch.</summary>
public sealed class PostgresSuppressionList(NpgsqlDataSource dataSource) : ISuppressionList
{
    static PostgresSuppressionList() => DapperTypes.Register();

    public async Task<IReadOnlyList<SuppressedCustomer>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // One row per customer: the earliest declaration counts ("since"), the latest case is named.
        return [.. await connection.QueryAsync<SuppressedCustomer>(new CommandDefinition(
            """
            SELECT DISTINCT ON (cu.id) cu.account_number, cu.email, cu.phone, cu.x_user_id,
                   min(c.received_at) OVER (PARTITION BY cu.id) AS since, c.reference AS latest_reference, c.status AS latest_status,
                   c.effective_date
            FROM cancellation_case c JOIN customer cu ON cu.id = c.customer_id
            WHERE c.status IN ('Accepted', 'Completed')
            ORDER BY cu.id, c.received_at DESC, c.id DESC
            """, cancellationToken: cancellationToken))];
    }
}
