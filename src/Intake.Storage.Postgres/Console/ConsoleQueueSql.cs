using Intake.Core.Console;

namespace Intake.Storage.Postgres.Console;

/// <summary>The SQL condition a case must meet to be in each of the console's queues (<see cref="ConsoleQueue"/>).</summary>
internal static class ConsoleQueueSql
{
    internal const string OwedCondition =
        """
        (c.status = 'Accepted' AND NOT EXISTS (SELECT 1 FROM outbound_message o WHERE o.case_id = c.id
            AND o.kind = 'confirmation' AND o.status IN ('sent', 'delivered', 'dev-outbox')))
        OR EXISTS (SELECT 1 FROM outbound_message o WHERE o.case_id = c.id AND o.status IN ('failed', 'undelivered'))
        """;

    internal static string Condition(string queue) => queue switch
    {
        ConsoleQueue.NeedsReview => "c.status = 'NeedsReview'",
        ConsoleQueue.NeedsIdentification => "c.status = 'NeedsIdentification'",
        ConsoleQueue.ConfirmationOwed => OwedCondition,
        ConsoleQueue.Callbacks => "p.id IS NOT NULL",
        ConsoleQueue.RecentlyConfirmed => "c.status IN ('Accepted', 'Completed') AND c.updated_at > @recentSince",
        // The open statuses (CaseStatuses.Open): a closed case is no longer anybody's work.
        ConsoleQueue.Mine => "c.assigned_to = @staffId AND c.status IN ('NeedsReview', 'NeedsIdentification', 'Accepted')",
        _ => throw new ArgumentOutOfRangeException(nameof(queue), queue, "Unknown queue."),
    };
}
