namespace Intake.Core.Why;

/// <summary>The one-question "why are you leaving?" page: finds the case behind a token and records the answer.</summary>
public interface IWhyAnswers
{
    Task<WhyQuestion?> FindAsync(string token, CancellationToken cancellationToken);
    /// <summary>Sets the case's reason and appends a reason_recorded event; false when the token is unknown.</summary>
    Task<bool> RecordAsync(string token, string reasonCode, string? text, DateTimeOffset at, CancellationToken cancellationToken);
}

/// <summary>What the why page shows: the case reference, its language and any reason already given.</summary>
public sealed record WhyQuestion(string Reference, string Language, string? Reason);
