namespace Intake.Core.Console;

/// <summary>Reads everything the case page shows about one case.</summary>
public interface ICaseFiles
{
    /// <summary>The case with its customer, contract and timeline; null when the reference is unknown.</summary>
    Task<CaseFile?> GetAsync(string reference, CancellationToken cancellationToken);
}
