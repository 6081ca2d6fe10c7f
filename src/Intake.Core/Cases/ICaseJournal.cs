namespace Intake.Core.Cases;

/// <summary>Appends what happened to a case outside the intake transaction (e.g. a reply a channel could not send) to its timeline.</summary>
public interface ICaseJournal
{
    /// <summary>Appends a system event (append-only), e.g. "confirmation_owed"; ids, codes and times only, never personal data.</summary>
    Task AppendSystemEventAsync(long caseId, string type, IReadOnlyDictionary<string, object?> data, DateTimeOffset at, CancellationToken cancellationToken);
}
