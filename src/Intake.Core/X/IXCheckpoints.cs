namespace Intake.Core.X;

/// <summary>The X channel's poll positions (mentions since_id, newest DM event id) by name.</summary>
public interface IXCheckpoints
{
    Task<string?> GetAsync(string name, CancellationToken cancellationToken);

    /// <summary>Moves a checkpoint forward; an older id (a slower poller on another host) never moves it back.</summary>
    Task AdvanceAsync(string name, string id, DateTimeOffset at, CancellationToken cancellationToken);
}
