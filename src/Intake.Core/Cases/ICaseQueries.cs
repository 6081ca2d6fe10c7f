namespace Intake.Core.Cases;

/// <summary>Reads cases as customers, the API and staff see them.</summary>
public interface ICaseQueries
{
    Task<CaseView?> GetAsync(string reference, CancellationToken cancellationToken);
    /// <summary>Cases with a message from <paramref name="senderAddress"/> (normalised), newest first.</summary>
    Task<IReadOnlyList<CaseSummary>> ListBySenderAsync(string senderAddress, int limit, CancellationToken cancellationToken);
}
