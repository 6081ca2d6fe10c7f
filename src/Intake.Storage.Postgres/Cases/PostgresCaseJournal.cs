using System.Text.Json;
using Dapper;
using Intake.Core.Cases;
using Npgsql;

namespace Intake.Storage.Postgres.Cases;

/// <summary>
/// The one writer of case_event. Stores append in their own transaction, so an event commits with the change it records;
/// a statement that writes events from a set (a CTE, a SELECT) starts with <see cref="InsertInto"/>.
/// </summary>
public sealed class PostgresCaseJournal(NpgsqlDataSource dataSource) : ICaseJournal
{
    /// <summary>The head of every insert into case_event (append-only).</summary>
    internal const string InsertInto = "INSERT INTO case_event (case_id, at, type, actor, verified, data)";

    /// <summary>Appends a system event outside any other change; it carries the case's verified flag.</summary>
    public async Task AppendSystemEventAsync(long caseId, string type, IReadOnlyDictionary<string, object?> data, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await AppendAsync(connection, null, caseId, null, at, type, "system", data, cancellationToken);
    }

    /// <summary>
    /// Appends one event in the caller's transaction. <paramref name="verified"/> is what the caller read of the case when it
    /// locked it; null takes the case's flag as it is now. <paramref name="data"/> is serialised to JSON as it is.
    /// </summary>
    internal static Task AppendAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, long caseId, bool? verified, DateTimeOffset at,
        string type, string actor, object data, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            InsertInto + " SELECT id, @at, @type, @actor, coalesce(@verified, verified), @data::jsonb FROM cancellation_case WHERE id = @caseId",
            new { caseId, at = at.ToUniversalTime(), type, actor, verified, data = JsonSerializer.Serialize(data) }, transaction, cancellationToken: cancellationToken));
}
