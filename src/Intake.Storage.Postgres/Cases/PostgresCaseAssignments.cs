using System.Globalization;
using Dapper;
using Intake.Core.Cases;
using Intake.Storage.Postgres.Console;
using Npgsql;

namespace Intake.Storage.Postgres.Cases;

/// <summary>Assignment in cancellation_case.assigned_to, with its audit event in the same transaction.</summary>
public sealed class PostgresCaseAssignments(NpgsqlDataSource dataSource, TimeProvider time) : ICaseAssignments
{
    static PostgresCaseAssignments() => DapperTypes.Register();

    public async Task<AssignmentOutcome> AssignAsync(string reference, long? staffId, string actor, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await StaffCaseEvents.LockAsync(connection, transaction, reference, cancellationToken) is not { } locked) return AssignmentOutcome.NotFound;
        if (staffId is not null && !await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                "SELECT EXISTS (SELECT 1 FROM staff_user WHERE id = @staffId AND active)", new { staffId }, transaction, cancellationToken: cancellationToken)))
            return AssignmentOutcome.InactiveStaff;
        // updated_at stays: handing a case over is not a change to the case (the "recently confirmed" queue reads it).
        var previous = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            """
            UPDATE cancellation_case c SET assigned_to = @staffId FROM (SELECT assigned_to FROM cancellation_case WHERE id = @Id) p
            WHERE c.id = @Id AND c.assigned_to IS DISTINCT FROM @staffId RETURNING coalesce(p.assigned_to, 0)
            """, new { locked.Id, staffId }, transaction, cancellationToken: cancellationToken));
        if (previous is null) return AssignmentOutcome.Unchanged;
        var data = new Dictionary<string, object?> { ["previousAssignee"] = previous == 0 ? null : Actor(previous.Value) };
        if (staffId is not null) data["assignee"] = Actor(staffId.Value);
        await PostgresCaseJournal.AppendAsync(connection, transaction, locked.Id, locked.Verified, time.GetUtcNow(),
            staffId is null ? "case_unassigned" : "case_assigned", actor, data, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return staffId is null ? AssignmentOutcome.Unassigned : AssignmentOutcome.Assigned;
    }

    private static string Actor(long staffId) => "staff:" + staffId.ToString(CultureInfo.InvariantCulture);
}
