
namespace Intake.Host.Database;

/// <summary>Stops the development cluster when the host stops (registered first, so it stops last).</summary>
internal sealed class DevClusterLifetime(PrivatePostgresCluster cluster) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => cluster.DisposeAsync().AsTask();
}
