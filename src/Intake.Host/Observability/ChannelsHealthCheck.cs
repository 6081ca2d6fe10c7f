using Intake.Core.Observability;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Intake.Host.Observability;

/// <summary>Ready only while every enabled channel reports in (last poll or webhook, login state).</summary>
internal sealed class ChannelsHealthCheck(ChannelHeartbeats heartbeats) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var states = heartbeats.Snapshot();
        var data = new Dictionary<string, object>(StringComparer.Ordinal);
        var down = new List<string>();
        foreach (var state in states)
        {
            var problem = heartbeats.Problem(state);
            data[state.Channel] = problem ?? $"ok, last {state.LastOkAt:u}";
            if (problem is not null) down.Add(state.Channel);
        }
        return Task.FromResult(down.Count == 0
            ? HealthCheckResult.Healthy($"{states.Count} channel(s) up", data)
            : HealthCheckResult.Unhealthy($"down: {string.Join(", ", down)}", data: data));
    }
}
