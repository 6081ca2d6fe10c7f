namespace Intake.Core.Console;

/// <summary>What the console warns about: quarantined payloads and channels that stopped.</summary>
public interface IConsoleStatus
{
    Task<IReadOnlyList<QuarantinedPayload>> QuarantinedAsync(int offset, int limit, CancellationToken cancellationToken);

    Task<int> QuarantinedCountAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<ChannelWarning>> ChannelWarningsAsync(CancellationToken cancellationToken);
}
