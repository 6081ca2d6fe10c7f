using System.Globalization;

namespace Intake.Storage.Postgres.Customers;

/// <summary>Why a line of the file cannot be imported; the reason names columns, never personal data.</summary>
internal sealed record RowError(int Line, string Reason)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"line {Line}: {Reason}");
}
