namespace Intake.Core.Contacts;

/// <summary>When a customer last wrote to us from an address on a channel (e.g. for WhatsApp's customer-care window).</summary>
public interface IContactHistory
{
    /// <summary>The receipt time of the newest inbound message from <paramref name="address"/> on <paramref name="channel"/>; null when none.</summary>
    Task<DateTimeOffset?> LastInboundAsync(string channel, string address, CancellationToken cancellationToken);
}
