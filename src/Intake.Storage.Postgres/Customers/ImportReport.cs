using System.Globalization;

namespace Intake.Storage.Postgres.Customers;

/// <summary>The outcome of one import: what was written (if anything) and every line that was refused.</summary>
/// <param name="Committed">True when the rows were written; false when nothing was.</param>
/// <param name="ValidRows">Rows that passed validation (written only when <paramref name="Committed"/>).</param>
/// <param name="Errors">The refused lines, in file order; a file-level problem (header, encoding) is the only entry.</param>
internal sealed record ImportReport(
    bool Committed,
    int ValidRows,
    IReadOnlyList<RowError> Errors,
    UpsertCounts Customers,
    UpsertCounts Contracts,
    TimeSpan Elapsed)
{
    public static ImportReport Unreadable(RowError error, TimeSpan elapsed) =>
        new(false, 0, [error], UpsertCounts.None, UpsertCounts.None, elapsed) { FileRefused = true };

    /// <summary>The file itself (header, encoding) was refused, not just some of its rows.</summary>
    public bool FileRefused { get; init; }

    /// <summary>The one line printed at the end of every import.</summary>
    public string Summary()
    {
        var seconds = Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        if (FileRefused) return $"nothing imported: the file was refused in {seconds} s";
        if (!Committed)
            return string.Create(CultureInfo.InvariantCulture,
                $"nothing imported: {Errors.Count} of {ValidRows + Errors.Count} rows are invalid in {seconds} s");
        return string.Create(CultureInfo.InvariantCulture,
            $"imported {ValidRows} rows: {Customers.Total} customers ({Customers.Inserted} new, {Customers.Updated} updated, {Customers.Unchanged} unchanged), " +
            $"{Contracts.Total} contracts ({Contracts.Inserted} new, {Contracts.Updated} updated, {Contracts.Unchanged} unchanged), " +
            $"{Errors.Count} skipped in {seconds} s");
    }
}
