using System.Diagnostics;
using System.Text;

namespace Intake.Storage.Postgres.Cluster;

/// <summary>Runs PostgreSQL's programs, as the postgres user when we are root (initdb refuses root).</summary>
internal static class PostgresCommand
{
    public static async Task RunAsync(string program, IReadOnlyList<string> arguments, bool asPostgresUser, CancellationToken cancellationToken)
    {
        using var process = Start(program, arguments, asPostgresUser);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed with exit code {process.ExitCode}: {Tail(process)}");
    }

    public static Process Start(string program, IReadOnlyList<string> arguments, bool asPostgresUser)
    {
        var info = new ProcessStartInfo(asPostgresUser ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgresUser)
        {
            foreach (var a in new[] { "-u", "postgres", "--", program }) info.ArgumentList.Add(a);
        }
        foreach (var a in arguments) info.ArgumentList.Add(a);
        var process = new Process { StartInfo = info };
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Outputs.AddOrUpdate(process, output);
        return process;
    }

    public static string Tail(Process process)
    {
        if (!Outputs.TryGetValue(process, out var output)) return "";
        lock (output)
        {
            var text = output.ToString();
            return text.Length > 2000 ? text[^2000..] : text;
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null) return;
        lock (output)
        {
            output.AppendLine(line);
            if (output.Length > 20_000) output.Remove(0, output.Length - 10_000);
        }
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Process, StringBuilder> Outputs = new();
}
