namespace Intake.Core.Customers;

/// <summary>How a source names its fields and the place of a record, so that reasons read in the source's own terms.</summary>
/// <param name="Fields">The name of each <see cref="CustomerField"/>, in its order ("start_date" in a CSV, "startDate" in JSON).</param>
/// <param name="Position">What a record's line counts: "line" or "index".</param>
/// <param name="Whole">What the records came in: "file" or "body".</param>
public sealed record CustomerRecordNaming(IReadOnlyList<string> Fields, string Position, string Whole)
{
    public string this[CustomerField field] => Fields[(int)field];
}
