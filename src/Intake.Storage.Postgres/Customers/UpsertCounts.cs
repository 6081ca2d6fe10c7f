namespace Intake.Storage.Postgres.Customers;

/// <summary>What an upsert did to the rows it was given: inserted, changed, or left as they were.</summary>
internal sealed record UpsertCounts(long Total, long Inserted, long Updated)
{
    public static UpsertCounts None { get; } = new(0, 0, 0);

    public long Unchanged => Total - Inserted - Updated;
}
