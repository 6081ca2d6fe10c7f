namespace Intake.Core.Customers;

/// <summary>
/// Loads customer directory records: every record is validated as it streams in, and only when all are valid are
/// customers, contracts and identity links upserted, in one transaction. Sending the same records again changes nothing.
/// </summary>
public interface ICustomerDirectoryImport
{
    /// <param name="maxErrorsKept">How many row errors the report keeps (all are counted).</param>
    Task<ImportReport> ImportAsync(ICustomerRecordSource source, int maxErrorsKept, CancellationToken cancellationToken);
}
