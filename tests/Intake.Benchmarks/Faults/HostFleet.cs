namespace Intake.Benchmarks.Faults;

/// <summary>
/// Host processes on one database that a fault run kills hard (SIGKILL, whole process tree) and starts again; the
/// senders always see the hosts that are up.
/// </summary>
internal sealed class HostFleet(string hostDll, string connectionString, string apiKey, IReadOnlyDictionary<string, string> settings) : IAsyncDisposable
{
    private readonly List<HostProcess> _hosts = [];
    private readonly Lock _gate = new();
    private IReadOnlyList<string> _urls = [];
    private readonly List<string> _crashedTails = [];

    public IReadOnlyList<string> Urls => Volatile.Read(ref _urls);

    public int Count
    {
        get { lock (_gate) return _hosts.Count; }
    }

    /// <summary>Starts one host more (one at a time: the first migrates the schema, the others find it done).</summary>
    public async Task StartOneAsync(CancellationToken cancellationToken)
    {
        var host = await HostProcess.StartAsync(hostDll, connectionString, apiKey, cancellationToken, settings);
        lock (_gate)
        {
            _hosts.Add(host);
            Publish();
        }
    }

    /// <summary>SIGKILLs host <paramref name="index"/> (no shutdown, requests in flight are cut) and starts a new one.</summary>
    public async Task KillAndRestartAsync(int index, CancellationToken cancellationToken)
    {
        HostProcess victim;
        lock (_gate)
        {
            victim = _hosts[index];
            _hosts.RemoveAt(index);
            Publish();
        }
        if (victim.HasExited) _crashedTails.Add(victim.Tail());
        await victim.DisposeAsync();
        await StartOneAsync(cancellationToken);
    }

    /// <summary>Hosts that died by themselves (not killed by the run), with their last lines.</summary>
    public IReadOnlyList<string> Crashed()
    {
        lock (_gate) return [.. _crashedTails, .. _hosts.Where(host => host.HasExited).Select(host => host.Tail())];
    }

    private void Publish() => Volatile.Write(ref _urls, [.. _hosts.Select(host => host.BaseUrl)]);

    public async ValueTask DisposeAsync()
    {
        List<HostProcess> hosts;
        lock (_gate)
        {
            hosts = [.. _hosts];
            _hosts.Clear();
            Publish();
        }
        foreach (var host in hosts) await host.DisposeAsync();
    }
}
