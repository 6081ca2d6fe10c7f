using Dapper;
using Intake.Core.Observability;
using Npgsql;

namespace Intake.Host.Observability;

/// <summary>
/// Watches channel heartbeats: a channel that stops gives an error log once, and its state is written to
/// channel_heartbeat, where the console shows staff a warning.
/// </summary>
internal sealed class ChannelWatch(ChannelHeartbeats heartbeats, NpgsqlDataSource dataSource, IConfiguration configuration, ILogger<ChannelWatch> logger) : BackgroundService
{
    private readonly HashSet<string> _down = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Alerts read what this writes, so the interval is also how soon an alert can see a channel change.
        using var timer = new PeriodicTimer(configuration.GetValue("Intake:Alerts:ChannelWatchInterval", TimeSpan.FromSeconds(15)));
        do
        {
            foreach (var state in heartbeats.Snapshot())
            {
                var problem = heartbeats.Problem(state);
                if (problem is not null && _down.Add(state.Channel)) logger.LogError("Channel {Channel} stopped: {Problem}", state.Channel, problem);
                if (problem is null && _down.Remove(state.Channel)) logger.LogInformation("Channel {Channel} is back", state.Channel);
                try
                {
                    await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
                    await connection.ExecuteAsync(new CommandDefinition(
                        """
                        INSERT INTO channel_heartbeat (channel, last_ok_at, last_error_at, last_error) VALUES (@Channel, @LastOkAt, @at, @problem)
                        ON CONFLICT (channel) DO UPDATE SET last_ok_at = EXCLUDED.last_ok_at, last_error_at = EXCLUDED.last_error_at, last_error = EXCLUDED.last_error
                        """,
                        new { state.Channel, LastOkAt = state.LastOkAt?.UtcDateTime, at = problem is null ? (DateTime?)null : DateTime.UtcNow, problem },
                        cancellationToken: stoppingToken));
                }
                catch (NpgsqlException e)
                {
                    logger.LogWarning("Cannot record heartbeat of {Channel}: {Error}", state.Channel, e.Message);
                }
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
