using System.Globalization;

namespace Intake.Benchmarks;

/// <summary>Samples the resident set size (VmRSS) of processes every 500 ms and keeps each one's peak.</summary>
internal sealed class RssSampler : IAsyncDisposable
{
    private readonly int[] _pids;
    private readonly long[] _peakKb;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public RssSampler(IReadOnlyList<int> pids)
    {
        _pids = [.. pids];
        _peakKb = new long[_pids.Length];
        _loop = RunAsync(_stop.Token);
    }

    /// <summary>The highest peak of any sampled process, in MiB.</summary>
    public double PeakMb
    {
        get
        {
            lock (_peakKb) return _peakKb.Length == 0 ? 0 : _peakKb.Max() / 1024.0;
        }
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(500));
        try
        {
            do
            {
                for (var i = 0; i < _pids.Length; i++)
                {
                    var kb = await ReadVmRssKbAsync(_pids[i], cancellationToken);
                    lock (_peakKb) _peakKb[i] = Math.Max(_peakKb[i], kb);
                }
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }

    private static async Task<long> ReadVmRssKbAsync(int pid, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var line in await File.ReadAllLinesAsync($"/proc/{pid}/status", cancellationToken))
            {
                if (!line.StartsWith("VmRSS:", StringComparison.Ordinal)) continue;
                var digits = line["VmRSS:".Length..].Trim().Split(' ')[0];
                return long.Parse(digits, CultureInfo.InvariantCulture);
            }
        }
        catch (IOException)
        {
            // The process is gone (or not ours to read); its peak so far stands.
        }
        return 0;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
