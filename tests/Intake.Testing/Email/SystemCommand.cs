using System.Diagnostics;

namespace Intake.Testing.Email;

/// <summary>Runs a system program to completion and returns its output; a failure throws with what it printed.</summary>
public static class SystemCommand
{
    public static async Task<string> RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited {process.ExitCode}: {await error}{await output}");
        return await output;
    }

    /// <summary>The full path of a system program, or a clear failure naming the Debian package to install.</summary>
    public static string Find(string name, string package)
    {
        foreach (var dir in new[] { "/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin", "/sbin", "/bin" })
        {
            var path = Path.Combine(dir, name);
            if (File.Exists(path)) return path;
        }
        throw new InvalidOperationException($"{name} not found: install the Debian package {package} (eng/install-prerequisites does)");
    }
}
