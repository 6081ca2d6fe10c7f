namespace Intake.Core.Customers;

/// <summary>
/// One record of the customer directory as its source gave it, before validation: a value per <see cref="CustomerField"/>
/// ("" when absent), or the reason the source could not read it as a record at all.
/// </summary>
/// <param name="Line">Where the record sits in its source, counted as the source's naming says.</param>
public sealed record CustomerRecord(int Line, IReadOnlyList<string> Values, string? Unreadable = null)
{
    public string this[CustomerField field] => Values[(int)field];

    public static CustomerRecord Broken(int line, string reason) => new(line, [], reason);
}
