namespace Intake.Core.Contacts;

/// <summary>The SMS opt-out of each number, as the customer last set it with STOP or START.</summary>
public interface ISmsOptOuts
{
    /// <summary>Records a STOP or START; webhooks may arrive out of order, so only a later change wins.</summary>
    Task SetAsync(string phone, bool optedOut, string keyword, DateTimeOffset at, CancellationToken cancellationToken);

    Task<bool> IsOptedOutAsync(string phone, CancellationToken cancellationToken);
}
