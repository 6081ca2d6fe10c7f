using System.Text.Json;
using Dapper;
using Intake.Core.Console;
using Npgsql;

namespace Intake.Storage.Postgres.Console;

/// <summary>Locks a case for a staff action and appends that action's audit events in the same transaction.</summary>
internal static class StaffCaseEvents
{
    public static Task<LockedCaseKey?> LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string reference, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<LockedCaseKey>(new CommandDefinition(
            "SELECT id, verified, status FROM cancellation_case WHERE reference = @reference FOR UPDATE",
            new { reference }, transaction, cancellationToken: cancellationToken));

    public static Task AppendAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long caseId, bool verified, DateTimeOffset at, string type, string actor,
        IReadOnlyDictionary<string, object?> data, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO case_event (case_id, at, type, actor, verified, data) VALUES (@caseId, @at, @type, @actor, @verified, @data::jsonb)",
            new { caseId, at, type, actor, verified, data = JsonSerializer.Serialize(data) }, transaction, cancellationToken: cancellationToken));
}
