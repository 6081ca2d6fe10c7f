namespace Intake.Core.Console;

/// <summary>"Do not contact for retention": the customer of every Accepted or Completed case, for other systems to fetch.</summary>
public interface ISuppressionList
{
    Task<IReadOnlyList<SuppressedCustomer>> ListAsync(CancellationToken cancellationToken);
}
