namespace Intake.Benchmarks.Faults;

/// <summary>How a fake provider answers a send: normally, with HTTP 500, or by dropping the connection.</summary>
internal enum ProviderMode
{
    Up,
    Failing,
    Dropping,
}
