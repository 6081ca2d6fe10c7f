using System.Diagnostics;
using System.Globalization;

namespace Intake.Testing.Email;

/// <summary>
/// Postfix's smtp-sink on a free loopback port: a real SMTP server that dumps every accepted mail to a file the
/// test reads back. It can be told to refuse chosen commands softly (4xx) or hard (5xx).
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly Process _process;
    private int _disposed;

    private SmtpSink(Process process, string directory, int port)
    {
        _process = process;
        Directory = directory;
        Port = port;
    }

    public int Port { get; }
    public string Host => "127.0.0.1";
    public string Directory { get; }

    /// <param name="softReject">Commands answered with 4xx, e.g. "rcpt" or "data".</param>
    /// <param name="hardReject">Commands answered with 5xx.</param>
    /// <param name="port">A fixed port, e.g. to bring the server back where the host expects it; default a free one.</param>
    public static async Task<SmtpSink> StartAsync(string? softReject = null, string? hardReject = null, int? port = null)
    {
        var sink = SystemCommand.Find("smtp-sink", "postfix");
        port ??= FreePort.Next();
        var dir = Path.Combine(Path.GetTempPath(), $"intake-smtp-{port}-{Guid.NewGuid():N}"[..38]);
        System.IO.Directory.CreateDirectory(dir);
        // smtp-sink drops privileges to nobody, who must be able to write the dumps.
        await SystemCommand.RunAsync("chmod", "777", dir);
        var start = new ProcessStartInfo(sink) { RedirectStandardError = true, RedirectStandardOutput = true };
        // -a: no AUTH announced; smtp-sink would answer any AUTH with a bare 250.
        start.ArgumentList.Add("-a");
        start.ArgumentList.Add("-u");
        start.ArgumentList.Add("nobody");
        start.ArgumentList.Add("-d");
        start.ArgumentList.Add(Path.Combine(dir, "%Y%m%d%H%M%S."));
        if (softReject is not null) { start.ArgumentList.Add("-r"); start.ArgumentList.Add(softReject); }
        if (hardReject is not null) { start.ArgumentList.Add("-f"); start.ArgumentList.Add(hardReject); }
        start.ArgumentList.Add(string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{port}"));
        start.ArgumentList.Add("100");
        var process = Process.Start(start) ?? throw new InvalidOperationException("smtp-sink did not start");
        var server = new SmtpSink(process, dir, port.Value);
        if (!await FreePort.WaitListeningAsync(port.Value, TimeSpan.FromSeconds(15)))
        {
            var error = process.HasExited ? await process.StandardError.ReadToEndAsync() : "(still running)";
            await server.DisposeAsync();
            throw new InvalidOperationException($"smtp-sink did not start on port {port}: {error}");
        }
        return server;
    }

    /// <summary>The dumped mails so far (smtp-sink's X-* trace headers, then the message as sent), oldest first.</summary>
    public IReadOnlyList<string> Deliveries() =>
        [.. new DirectoryInfo(Directory).GetFiles().OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => f.Name, StringComparer.Ordinal).Select(f => ReadShared(f.FullName))];

    /// <summary>Waits (bounded) until at least <paramref name="count"/> mails arrived; returns what arrived.</summary>
    public async Task<IReadOnlyList<string>> WaitForDeliveriesAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var mails = Deliveries();
            if (mails.Count >= count || DateTime.UtcNow > deadline) return mails;
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static string ReadShared(string path)
    {
        // smtp-sink may still be writing the newest dump: read what is there without locking it.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
