namespace Intake.Core.Console;

/// <summary>The console's queues (<see cref="ConsoleQueue"/>) with their counts, and case search.</summary>
public interface IConsoleQueues
{
    /// <param name="staffId">The signed-in staff member, whose open cases are "mine".</param>
    Task<QueueCounts> CountAsync(string? channel, long staffId, DateTimeOffset now, CancellationToken cancellationToken);

    Task<IReadOnlyList<CaseListItem>> ListAsync(string queue, string? channel, long staffId, DateTimeOffset now, int offset, int limit, CancellationToken cancellationToken);

    /// <summary>Cases matching a reference, email, phone, X handle or user id, or account number; newest first.</summary>
    Task<IReadOnlyList<CaseListItem>> SearchAsync(string query, string? channel, int offset, int limit, CancellationToken cancellationToken);
}
