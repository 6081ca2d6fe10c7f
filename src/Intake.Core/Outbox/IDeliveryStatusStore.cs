namespace Intake.Core.Outbox;

/// <summary>Records what a provider later reports about a reply it accepted (delivered, undelivered, failed).</summary>
public interface IDeliveryStatusStore
{
    /// <summary>
    /// Sets the status of the reply the provider knows as <paramref name="providerId"/> on <paramref name="channel"/>
    /// and appends a case event; a status never moves back (delivered is not undone by a late "sent").
    /// Returns false when no reply has that provider id.
    /// </summary>
    Task<bool> UpdateAsync(string channel, string providerId, string status, string? error, DateTimeOffset at, CancellationToken cancellationToken);
}
