using System.Globalization;

namespace Intake.Storage.Postgres.Customers;

/// <summary>
/// A self-overwriting status line on a terminal: rows, rows per second and the time left, estimated from the
/// share of <paramref name="file"/> read. Redrawn at most four times a second so a fast import is not slowed by its own output.
/// </summary>
internal sealed class ImportProgress(TextWriter terminal, TimeProvider time, Stream file)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    private readonly long _started = time.GetTimestamp();
    private long _lastDrawn = long.MinValue;
    private int _lastWidth;

    public async Task ReadingAsync(long rows, bool force, CancellationToken cancellationToken)
    {
        var (bytesRead, totalBytes) = file.CanSeek ? (force ? file.Length : file.Position, file.Length) : (0, 0);
        var now = time.GetTimestamp();
        if (!force && _lastDrawn != long.MinValue && time.GetElapsedTime(_lastDrawn, now) < Interval) return;
        _lastDrawn = now;

        var elapsed = time.GetElapsedTime(_started, now);
        var rate = elapsed.TotalSeconds > 0 ? rows / elapsed.TotalSeconds : 0;
        var share = totalBytes > 0 ? Math.Clamp((double)bytesRead / totalBytes, 0, 1) : 0;
        var left = share > 0 ? elapsed * ((1 - share) / share) : (TimeSpan?)null;
        await DrawAsync(string.Create(CultureInfo.InvariantCulture,
            $"{rows:N0} rows  {rate:N0} rows/s  {share:P0} read  {(left is { } l ? $"~{l.TotalSeconds:0} s left" : "")}"), cancellationToken);
    }

    public Task MergingAsync(long rows, CancellationToken cancellationToken) =>
        DrawAsync(string.Create(CultureInfo.InvariantCulture, $"{rows:N0} rows read; writing customers, contracts and identity links..."), cancellationToken);

    /// <summary>Wipes the status line so the summary and errors start on a clean line.</summary>
    public async Task ClearAsync(CancellationToken cancellationToken)
    {
        if (_lastWidth == 0) return;
        await terminal.WriteAsync(("\r" + new string(' ', _lastWidth) + "\r").AsMemory(), cancellationToken);
        await terminal.FlushAsync(cancellationToken);
        _lastWidth = 0;
    }

    private async Task DrawAsync(string line, CancellationToken cancellationToken)
    {
        // Pad over the previous, possibly longer, line instead of relying on terminal escape codes.
        await terminal.WriteAsync(("\r" + line.PadRight(_lastWidth)).AsMemory(), cancellationToken);
        await terminal.FlushAsync(cancellationToken);
        _lastWidth = line.Length;
    }
}
