namespace Intake.Benchmarks;

/// <summary>A customer the benchmark put into the database, who writes in from a known address.</summary>
internal sealed record SeededCustomer(string Account, string Email, string Phone);
