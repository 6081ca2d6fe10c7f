using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Intake.Testing;
using Intake.Testing.Email;

namespace Intake.Host.Tests.Deployment;

public sealed class PublishedHostTests
{
    private const string Key = "published-host-key-7c1d";

    [Fact]
    public async Task The_publish_output_starts_in_Production_with_only_a_connection_string_and_a_key_and_answers_its_health_routes()
    {
        await using var database = await PostgresServer.CreateDatabaseAsync(migrate: false);
        // Outside the checkout, so nothing is found by walking up to the repository's channel-config/.
        var scratch = Directory.CreateTempSubdirectory("intake-publish-");
        try
        {
            var app = Path.Combine(scratch.FullName, "app");
            var run = Directory.CreateDirectory(Path.Combine(scratch.FullName, "run")).FullName;
            // The test build already compiled the host: publishing it copies what a server gets (bounded: about 10 s).
            var (publishExit, publishOutput) = await RunAsync(TimeSpan.FromMinutes(3), Checkout.Root, null,
                "publish", Checkout.File("src/Intake.Host/Intake.Host.csproj"), "-c", Checkout.Configuration, "--no-build", "-o", app, "--nologo");
            Assert.True(publishExit == 0, publishOutput);
            Assert.True(File.Exists(Path.Combine(app, "channel-config", "intents", "nl.json")), "channel-config is not in the publish output");

            var port = FreePort.Next();
            var url = $"http://127.0.0.1:{port}";
            var environment = new Dictionary<string, string>
            {
                ["DOTNET_ENVIRONMENT"] = "Production",
                ["ASPNETCORE_URLS"] = url,
                ["ConnectionStrings__Intake"] = database.ConnectionString,
                ["Intake__Api__NamedKeys__ops__Sha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Key))),
                ["Intake__Api__NamedKeys__ops__Scopes"] = "intake cases:read",
            };
            using var host = Start(Path.Combine(app, "Intake.Host.dll"), run, environment);
            var log = new StringBuilder();
            host.OutputDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
            host.ErrorDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
            host.BeginOutputReadLine();
            host.BeginErrorReadLine();
            try
            {
                // The first intake of a cold host trains the classifier and JIT-compiles the pipeline: on a loaded CI
                // machine that took longer than 10 s once, so each request may take up to two minutes (bounded).
                using var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(2) };
                Assert.True(await WaitHealthyAsync(client, host, TimeSpan.FromSeconds(90)), $"no /health/live within 90 s:\n{Logged(log)}");

                var ready = await client.GetAsync("/health/ready");
                using var intake = new HttpRequestMessage(HttpMethod.Post, "/api/v1/intake")
                {
                    Content = new StringContent("""{"externalId":"pub-1","from":"jan@example.nl","text":"Ik zeg mijn abonnement op."}""", Encoding.UTF8, "application/json"),
                    Headers = { { "X-Api-Key", Key } },
                };
                var accepted = await client.SendAsync(intake);
                var openApi = await client.GetAsync("/openapi/v1.json");
                // The container's HEALTHCHECK command, run against this host.
                var (probeExit, probeOutput) = await RunAsync(TimeSpan.FromSeconds(60), run, null, Path.Combine(app, "Intake.Host.dll"), "health-check", $"{url}/health/live");

                Assert.True(ready.StatusCode == HttpStatusCode.OK, $"{ready.StatusCode}: {await ready.Content.ReadAsStringAsync()}");
                Assert.True(accepted.StatusCode == HttpStatusCode.Accepted, $"{accepted.StatusCode}: {await accepted.Content.ReadAsStringAsync()}\n{Logged(log)}");
                Assert.Equal(HttpStatusCode.OK, openApi.StatusCode);
                Assert.True(probeExit == 0, probeOutput);
                Assert.DoesNotContain(Key, Logged(log), StringComparison.Ordinal);
            }
            finally
            {
                host.Kill(entireProcessTree: true);
                await host.WaitForExitAsync();
            }
            var (downExit, _) = await RunAsync(TimeSpan.FromSeconds(60), run, null, Path.Combine(app, "Intake.Host.dll"), "health-check", $"{url}/health/live");
            Assert.Equal(1, downExit);
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    private static Process Start(string dll, string workingDirectory, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        // Only what the walkthrough sets: nothing inherited from the test run's own configuration.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("Intake__", StringComparison.Ordinal)
                     || k.StartsWith("ConnectionStrings__", StringComparison.Ordinal) || k.StartsWith("ASPNETCORE_", StringComparison.Ordinal)
                     || k is "DOTNET_ENVIRONMENT").ToList())
            start.Environment.Remove(name);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        return Process.Start(start)!;
    }

    private static async Task<bool> WaitHealthyAsync(HttpClient client, Process host, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && !host.HasExited)
        {
            try
            {
                if ((await client.GetAsync("/health/live")).IsSuccessStatusCode) return true;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(200);
        }
        return false;
    }

    private static async Task<(int Exit, string Output)> RunAsync(TimeSpan timeout, string workingDirectory, Dictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment ?? []) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var stop = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(stop.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"dotnet {string.Join(' ', args)} did not finish within {timeout}");
        }
        return (process.ExitCode, await stdout + await stderr);
    }

    private static string Logged(StringBuilder log)
    {
        lock (log) return log.ToString();
    }
}
