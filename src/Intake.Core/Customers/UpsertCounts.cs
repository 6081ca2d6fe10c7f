namespace Intake.Core.Customers;

/// <summary>What the merge did to the rows of one table it was given: inserted, changed, or left as they were.</summary>
public sealed record UpsertCounts(long Total, long Inserted, long Updated)
{
    public static UpsertCounts None { get; } = new(0, 0, 0);

    public long Unchanged => Total - Inserted - Updated;

    /// <summary>Rows taken away because the directory no longer holds them (identity links of changed values only).</summary>
    public long Removed { get; init; }
}
