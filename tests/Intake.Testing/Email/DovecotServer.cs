using System.Globalization;
using System.Text;

namespace Intake.Testing.Email;

/// <summary>
/// A private Dovecot IMAP server on a free loopback port (generated config in a temp dir, passwd-file users,
/// maildir). With an OAuth introspection URL it also takes XOAUTH2/OAUTHBEARER logins, checked against that URL.
/// </summary>
public sealed class DovecotServer : IAsyncDisposable
{
    private readonly string _dir;

    private DovecotServer(string dir, int port)
    {
        _dir = dir;
        Port = port;
    }

    public int Port { get; }
    public string Host => "127.0.0.1";
    public string Password => "secret-" + Port.ToString(CultureInfo.InvariantCulture);

    /// <summary>Starts Dovecot with the given users (all with <see cref="Password"/>); fails with Dovecot's log when it cannot.</summary>
    public static async Task<DovecotServer> StartAsync(IReadOnlyList<string> users, string? oauthIntrospectionUrl = null)
    {
        var dovecot = SystemCommand.Find("dovecot", "dovecot-imapd");
        var port = FreePort.Next();
        // Under /tmp, not a 0700 home: Dovecot's unprivileged processes must reach it.
        var dir = Path.Combine(Path.GetTempPath(), $"intake-dovecot-{port}-{Guid.NewGuid():N}"[..40]);
        Directory.CreateDirectory(dir);
        var server = new DovecotServer(dir, port);
        var (uid, gid) = await DovenullAsync();
        foreach (var sub in new[] { "run", "state", "mail" }) Directory.CreateDirectory(Path.Combine(dir, sub));
        var passwd = new StringBuilder();
        foreach (var user in users)
        {
            Directory.CreateDirectory(Path.Combine(dir, "mail", user));
            passwd.Append(CultureInfo.InvariantCulture, $"{user}:{{PLAIN}}{server.Password}:{uid}:{gid}::{dir}/mail/{user}::\n");
        }
        await File.WriteAllTextAsync(Path.Combine(dir, "passwd"), passwd.ToString());
        await File.WriteAllTextAsync(Path.Combine(dir, "dovecot.conf"), DovecotConfig.Render(dir, port, oauthIntrospectionUrl is not null));
        if (oauthIntrospectionUrl is not null)
            await File.WriteAllTextAsync(Path.Combine(dir, "oauth2.conf.ext"), DovecotConfig.OAuth(oauthIntrospectionUrl));
        await SystemCommand.RunAsync("chown", "-R", $"{uid}:{gid}", Path.Combine(dir, "mail"));
        await SystemCommand.RunAsync("chmod", "755", dir);

        // Dovecot daemonises; its output is not piped (the pipe would never close).
        await SystemCommand.RunAsync(dovecot, "-c", Path.Combine(dir, "dovecot.conf"));
        if (!await FreePort.WaitListeningAsync(port, TimeSpan.FromSeconds(20)))
        {
            var log = File.Exists(Path.Combine(dir, "dovecot.log")) ? await File.ReadAllTextAsync(Path.Combine(dir, "dovecot.log")) : "(no log)";
            await server.DisposeAsync();
            throw new InvalidOperationException($"Dovecot did not start on port {port}: {log}");
        }
        return server;
    }

    /// <summary>Drops every IMAP connection of <paramref name="user"/> (doveadm kick), as a network or server hiccup would; returns doveadm's answer.</summary>
    public Task<string> KickAsync(string user) =>
        SystemCommand.RunAsync(SystemCommand.Find("doveadm", "dovecot-core"), "-c", Path.Combine(_dir, "dovecot.conf"), "kick", user);

    public Task<string> LogAsync() => File.ReadAllTextAsync(Path.Combine(_dir, "dovecot.log"));

    /// <summary>Stops Dovecot (kills its master process), as an outage of the mail server would; <see cref="RestartAsync"/> brings it back.</summary>
    public async Task StopAsync()
    {
        var pidFile = Path.Combine(_dir, "run", "master.pid");
        if (File.Exists(pidFile) && int.TryParse((await File.ReadAllTextAsync(pidFile)).Trim(), CultureInfo.InvariantCulture, out var pid))
        {
            try
            {
                using var master = System.Diagnostics.Process.GetProcessById(pid);
                master.Kill();
                await master.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or OperationCanceledException)
            {
                // Already gone.
            }
        }
    }

    /// <summary>Starts a stopped Dovecot again on the same port, with the same users and mail.</summary>
    public async Task RestartAsync()
    {
        File.Delete(Path.Combine(_dir, "run", "master.pid"));
        await SystemCommand.RunAsync(SystemCommand.Find("dovecot", "dovecot-imapd"), "-c", Path.Combine(_dir, "dovecot.conf"));
        if (!await FreePort.WaitListeningAsync(Port, TimeSpan.FromSeconds(20)))
            throw new InvalidOperationException($"Dovecot did not restart on port {Port}: {await LogAsync()}");
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static async Task<(string Uid, string Gid)> DovenullAsync()
    {
        foreach (var line in await File.ReadAllLinesAsync("/etc/passwd"))
        {
            var fields = line.Split(':');
            if (fields[0] == "dovenull") return (fields[2], fields[3]);
        }
        throw new InvalidOperationException("user dovenull missing: install the Debian package dovecot-imapd");
    }
}
