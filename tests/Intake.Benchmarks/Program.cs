using Intake.Benchmarks;
using Intake.Benchmarks.Faults;

// Load generator and figures for Intake (run by eng/bench; not part of eng/test).
if (args.Contains("--classifier"))
{
    return ClassifierThroughput.Run(args, Console.Out, Console.Error);
}

if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(BenchmarkOptions.Usage);
    return 0;
}
BenchmarkOptions options;
try
{
    options = BenchmarkOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return 2;
}

// Bounded: the whole run stops by itself, and Ctrl+C stops it cleanly (hosts and cluster are disposed).
using var stop = new CancellationTokenSource(options.MaxDuration + TimeSpan.FromSeconds(60));
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
// SIGTERM too (a CI runner or `timeout` stopping us): without this the child host and PostgreSQL would be orphaned.
using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.Cancel();
});
void Report(string line) => Console.Error.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {line}");
try
{
    if (options.Soak) return await FaultSoak.RunAsync(options, Report, stop.Token);
    if (options.Confirmations)
    {
        var drained = await new ConfirmationDrain(options, Report).RunAsync(stop.Token);
        ConfirmationReport.Print(drained, Console.Out);
        return drained.Clean ? 0 : 1;
    }
    var result = await new BenchmarkRun(options, Report).RunAsync(stop.Token);
    BenchmarkReport.Print(result, Console.Out);
    return result.Integrity.Clean ? 0 : 1;
}
catch (TimeoutException e) when (options.Confirmations)
{
    Report(e.Message);
    return 1;
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
    Report("stopped (Ctrl+C or the time limit); hosts and database were shut down");
    return 130;
}
