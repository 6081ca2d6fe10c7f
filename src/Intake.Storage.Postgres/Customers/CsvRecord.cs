namespace Intake.Storage.Postgres.Customers;

/// <summary>One CSV record as read, before any meaning is given to its fields.</summary>
/// <param name="Line">The physical line the record starts on (1 is the header), so errors point where an editor shows them.</param>
/// <param name="QuoteLeftOpen">The file ended inside a quoted field: the record swallowed everything after its opening quote.</param>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, bool QuoteLeftOpen = false);
