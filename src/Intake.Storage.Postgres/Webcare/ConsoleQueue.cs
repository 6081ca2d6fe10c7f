namespace Intake.Storage.Postgres.Webcare;

/// <summary>The console's work queues; each names the condition a case must meet to be in it.</summary>
public static class ConsoleQueue
{
    public const string NeedsReview = "review";
    public const string NeedsIdentification = "identification";
    public const string ConfirmationOwed = "owed";
    public const string Callbacks = "callbacks";
    public const string RecentlyConfirmed = "recent";
    /// <summary>The signed-in staff member's open cases.</summary>
    public const string Mine = "mine";

    public static IReadOnlyList<string> All { get; } = [Mine, NeedsReview, NeedsIdentification, ConfirmationOwed, Callbacks, RecentlyConfirmed];

    /// <summary>How long a confirmed case stays in "recently confirmed".</summary>
    public static TimeSpan RecentWindow { get; } = TimeSpan.FromDays(7);

    internal const string OwedCondition =
        """
        (c.status = 'Accepted' AND NOT EXISTS (SELECT 1 FROM outbound_message o WHERE o.case_id = c.id
            AND o.kind = 'confirmation' AND o.status IN ('sent', 'delivered', 'dev-outbox')))
        OR EXISTS (SELECT 1 FROM outbound_message o WHERE o.case_id = c.id AND o.status IN ('failed', 'undelivered'))
        """;

    internal static string Condition(string queue) => queue switch
    {
        NeedsReview => "c.status = 'NeedsReview'",
        NeedsIdentification => "c.status = 'NeedsIdentification'",
        ConfirmationOwed => OwedCondition,
        Callbacks => "p.id IS NOT NULL",
        RecentlyConfirmed => "c.status IN ('Accepted', 'Completed') AND c.updated_at > @recentSince",
        // The open statuses (CaseStatuses.Open): a closed case is no longer anybody's work.
        Mine => "c.assigned_to = @staffId AND c.status IN ('NeedsReview', 'NeedsIdentification', 'Accepted')",
        _ => throw new ArgumentOutOfRangeException(nameof(queue), queue, "Unknown queue."),
    };
}
