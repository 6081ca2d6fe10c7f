namespace Intake.Benchmarks;

/// <summary>What GET /cancel hands a browser: the submission id, the antiforgery token and its cookie.</summary>
internal sealed record FormPage(string Submission, string Token, string Cookie);
