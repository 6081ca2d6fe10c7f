namespace Intake.Storage.Postgres.Customers;

/// <summary>What the merge did to the rows of one table it was given: inserted, changed, or left as they were.</summary>
internal sealed record UpsertCounts(long Total, long Inserted, long Updated)
{
    public static UpsertCounts None { get; } = new(0, 0, 0);

    public long Unchanged => Total - Inserted - Updated;
}
