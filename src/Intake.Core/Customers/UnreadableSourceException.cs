namespace Intake.Core.Customers;

/// <summary>The source as a whole cannot be read (a missing header, bytes that are not UTF-8, broken JSON): nothing is imported.</summary>
public sealed class UnreadableSourceException(RowError error) : Exception(error.ToString())
{
    public RowError Error { get; } = error;
}
