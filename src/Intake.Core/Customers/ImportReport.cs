using System.Globalization;

namespace Intake.Core.Customers;

/// <summary>The outcome of one import: what was written (if anything) and the records that were refused.</summary>
/// <param name="Committed">True when the rows were written; false when nothing was.</param>
/// <param name="ValidRows">Rows that passed validation (written only when <paramref name="Committed"/>).</param>
/// <param name="InvalidRows">Rows that failed validation, also those left out of <paramref name="Errors"/>.</param>
/// <param name="Errors">The refused records in source order, the first ones only when many are (see <paramref name="InvalidRows"/>);
/// a problem with the source as a whole (header, encoding, JSON) is the only entry.</param>
public sealed record ImportReport(
    bool Committed,
    int ValidRows,
    int InvalidRows,
    IReadOnlyList<RowError> Errors,
    UpsertCounts Customers,
    UpsertCounts Contracts,
    TimeSpan Elapsed)
{
    public static ImportReport Unreadable(RowError error, TimeSpan elapsed) =>
        new(false, 0, 0, [error], UpsertCounts.None, UpsertCounts.None, elapsed) { FileRefused = true };

    /// <summary>The source itself (header, encoding, JSON) was refused, not just some of its rows.</summary>
    public bool FileRefused { get; init; }

    /// <summary>The identity links the records vouch for: added, made verified, kept, and removed for values that changed.</summary>
    public UpsertCounts Identities { get; init; } = UpsertCounts.None;

    /// <summary>The one line printed at the end of every import.</summary>
    public string Summary()
    {
        var seconds = Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        if (FileRefused) return $"nothing imported: the file was refused in {seconds} s";
        if (!Committed)
            return string.Create(CultureInfo.InvariantCulture,
                $"nothing imported: {InvalidRows} of {ValidRows + InvalidRows} rows are invalid in {seconds} s");
        return string.Create(CultureInfo.InvariantCulture,
            $"imported {ValidRows} rows: {Customers.Total} customers ({Customers.Inserted} new, {Customers.Updated} updated, {Customers.Unchanged} unchanged), " +
            $"{Contracts.Total} contracts ({Contracts.Inserted} new, {Contracts.Updated} updated, {Contracts.Unchanged} unchanged), " +
            $"{InvalidRows} skipped in {seconds} s");
    }
}
