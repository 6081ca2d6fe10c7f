using System.Globalization;

namespace Intake.Host.Commands;

/// <summary>
/// health-check [URL]: asks a running gateway's /health/live (default on this machine's ASPNETCORE_HTTP_PORTS, else 8080)
/// and exits 0 on a 2xx answer, 1 otherwise. The container image has no curl; its HEALTHCHECK runs this.
/// </summary>
internal static class HealthCheckCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        var url = args.Length > 0 ? args[0] : DefaultUrl(Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS"));
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await client.GetAsync(new Uri(url), cancellationToken);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{url}: {(int)response.StatusCode}"));
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or UriFormatException)
        {
            await output.WriteLineAsync($"{url}: {e.Message}");
            return 1;
        }
    }

    internal static string DefaultUrl(string? httpPorts)
    {
        var port = httpPorts?.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return $"http://127.0.0.1:{(string.IsNullOrEmpty(port) ? "8080" : port)}/health/live";
    }
}
