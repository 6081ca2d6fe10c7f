namespace Intake.Core.Privacy;

/// <summary>Everything held about one subject, as one JSON document (the right of access).</summary>
public interface IPersonalDataExport
{
    Task<ExportResult> ExportAsync(PrivacySubject subject, CancellationToken cancellationToken);
}
