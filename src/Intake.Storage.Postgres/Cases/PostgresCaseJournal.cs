using System.Text.Json;
using Dapper;
using Intake.Core.Cases;
using Npgsql;

namespace Intake.Storage.Postgres.Cases;

/// <summary>Appends system events to case_event outside the intake transaction; an event carries the case's verified flag.</summary>
public sealed class PostgresCaseJournal(NpgsqlDataSource dataSource) : ICaseJournal
{
    public async Task AppendSystemEventAsync(long caseId, string type, IReadOnlyDictionary<string, object?> data, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO case_event (case_id, at, type, actor, verified, data)
            SELECT id, @at, @type, 'system', verified, @data::jsonb FROM cancellation_case WHERE id = @caseId
            """, new { caseId, type, data = JsonSerializer.Serialize(data), at = at.UtcDateTime }, cancellationToken: cancellationToken));
    }
}
