namespace Intake.Core.Privacy;

/// <summary>Pseudonymises everything held about one subject, in one transaction; the audit stays as it is.</summary>
public interface IPersonalDataErasure
{
    Task<ErasureResult> EraseAsync(PrivacySubject subject, DateTimeOffset at, CancellationToken cancellationToken);
}
