using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Intake.Benchmarks;

/// <summary>One real Intake host started as a child process on a free loopback port, killed on dispose.</summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _tail = new();

    private HostProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public int Pid => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <param name="settings">Extra settings in environment form (Intake__Twilio__BaseUrl), e.g. fake providers for the fault tests.</param>
    public static async Task<HostProcess> StartAsync(
        string hostDll, string connectionString, string apiKey, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? settings = null)
    {
        if (!File.Exists(hostDll)) throw new FileNotFoundException($"The host is not built: {hostDll} (run eng/bench, which builds it).");
        var baseUrl = "http://127.0.0.1:" + FreeLoopbackPort().ToString(CultureInfo.InvariantCulture);
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.GetFullPath(hostDll), "--urls", baseUrl },
            WorkingDirectory = Directory.GetCurrentDirectory(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ConnectionStrings__Intake"] = connectionString;
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Intake__Api__Keys__0"] = apiKey;
        start.Environment["Intake__Pipeline__PublicBaseUrl"] = baseUrl;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // A load test is one client posting far more than any customer: the public rate limits would measure themselves.
        foreach (var rule in new[] { "PerIp", "FormPerSender", "ApiPerKey", "ApiPerSender" })
            start.Environment[$"Intake__RateLimits__{rule}__PermitLimit"] = "0";
        foreach (var (name, value) in settings ?? new Dictionary<string, string>()) start.Environment[name] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var host = new HostProcess(process, baseUrl);
        process.OutputDataReceived += (_, e) => host.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => host.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await host.WaitUntilReadyAsync(cancellationToken);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
        return host;
    }

    /// <summary>The last lines the host wrote (warnings and errors only at the level we start it with).</summary>
    public string Tail()
    {
        lock (_tail) return string.Join(Environment.NewLine, _tail);
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_tail)
        {
            _tail.Enqueue(line);
            while (_tail.Count > 40) _tail.Dequeue();
        }
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The host exited during start (code {_process.ExitCode}):{Environment.NewLine}{Tail()}");
            try
            {
                using var response = await http.GetAsync(new Uri(BaseUrl + "/health/ready"), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // One slow probe during start is not a failure.
            }
            await Task.Delay(200, cancellationToken);
        }
        throw new TimeoutException($"The host at {BaseUrl} was not ready within 90 s:{Environment.NewLine}{Tail()}");
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        catch (OperationCanceledException)
        {
            // Did not exit in time; nothing more we can do from here.
        }
        _process.Dispose();
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
