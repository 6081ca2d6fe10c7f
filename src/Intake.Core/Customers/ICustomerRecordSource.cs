namespace Intake.Core.Customers;

/// <summary>Customer directory records from one source (a CSV file, an API body), read once, in order, as they arrive.</summary>
public interface ICustomerRecordSource
{
    CustomerRecordNaming Naming { get; }

    /// <summary>The records; throws <see cref="UnreadableSourceException"/> when the source as a whole cannot be read.</summary>
    IAsyncEnumerable<CustomerRecord> ReadAsync(CancellationToken cancellationToken);
}
