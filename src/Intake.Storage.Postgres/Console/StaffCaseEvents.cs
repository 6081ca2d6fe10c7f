using Dapper;
using Intake.Core.Console;
using Npgsql;

namespace Intake.Storage.Postgres.Console;

/// <summary>Locks a case for a staff action, whose audit events PostgresCaseJournal.AppendAsync then appends in the same transaction.</summary>
internal static class StaffCaseEvents
{
    public static Task<LockedCaseKey?> LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string reference, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<LockedCaseKey>(new CommandDefinition(
            "SELECT id, verified, status FROM cancellation_case WHERE reference = @reference FOR UPDATE",
            new { reference }, transaction, cancellationToken: cancellationToken));
}
