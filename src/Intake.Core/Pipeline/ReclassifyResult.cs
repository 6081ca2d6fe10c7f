namespace Intake.Core.Pipeline;

/// <summary>
/// What turning a stored message into a cancellation did: <see cref="Outcome"/> is one of the constants; the case is the
/// one opened or joined, or (for <see cref="AlreadyInCase"/>, e.g. a double click) the one the message is already in.
/// </summary>
public sealed record ReclassifyResult(string Outcome, string? CaseReference)
{
    public const string Reclassified = "reclassified";
    public const string AlreadyInCase = "already-in-case";
    public const string NotFound = "not-found";
    public const string NotOther = "not-other";
}
