namespace Intake.Benchmarks;

/// <summary>What the after-run check found; every figure must be 0.</summary>
internal sealed record IntegrityReport(
    long Lost, long DuplicateMessages, long DuplicateConfirmations, long DuplicateCases, long Quarantined, long Unsent)
{
    public bool Clean => Lost == 0 && DuplicateMessages == 0 && DuplicateConfirmations == 0 && DuplicateCases == 0 && Quarantined == 0;
}
