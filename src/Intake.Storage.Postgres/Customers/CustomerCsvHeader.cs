using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Intake.Core.Customers;

namespace Intake.Storage.Postgres.Customers;

/// <summary>Where each customer column sits in a file: the header must name every column once, in any order.</summary>
internal sealed class CustomerCsvHeader
{
    /// <summary>The column names as they appear in the header, indexed by <see cref="CustomerField"/>.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "account_number", "name", "email", "phone", "x_user_id", "contract_id",
        "product", "start_date", "minimum_term_end", "notice_period", "renewal", "time_zone", "concluded_on",
        "postcode", "house_number",
    ];

    /// <summary>How reasons name columns and records: "line 7: start_date is required".</summary>
    public static CustomerRecordNaming Naming { get; } = new(Names, "line", "file");

    /// <summary>Columns a file may leave out (older directories): their values read as empty.</summary>
    private static readonly IReadOnlySet<string> Optional = new HashSet<string>(StringComparer.Ordinal) { "concluded_on", "postcode", "house_number" };

    private readonly int[] _positions;

    private CustomerCsvHeader(int[] positions, int columnCount)
    {
        _positions = positions;
        ColumnCount = columnCount;
    }

    /// <summary>How many fields every row has: as many as the header names.</summary>
    public int ColumnCount { get; }

    /// <summary>The record's fields in <see cref="CustomerField"/> order, or why its shape does not fit the header.</summary>
    public CustomerRecord ToRecord(CsvRecord record)
    {
        if (record.QuoteLeftOpen)
            return CustomerRecord.Broken(record.Line, "a quoted field is never closed: every line after it was read as part of that field");
        if (record.Fields.Count != ColumnCount)
            return CustomerRecord.Broken(record.Line, string.Create(CultureInfo.InvariantCulture, $"expected {ColumnCount} fields, found {record.Fields.Count}"));
        return new CustomerRecord(record.Line, _positions.Select(position => position >= 0 ? record.Fields[position] : "").ToArray());
    }

    public static bool TryParse(CsvRecord? record, [NotNullWhen(true)] out CustomerCsvHeader? header, [NotNullWhen(false)] out RowError? error)
    {
        header = null;
        if (record is null)
        {
            error = new RowError(1, "the header row is missing (the file is empty)");
            return false;
        }

        var found = record.Fields.Select(name => name.Trim().ToLowerInvariant()).ToList();
        var missing = Names.Where(name => !found.Contains(name) && !Optional.Contains(name)).ToList();
        var unknown = found.Where(name => !Names.Contains(name)).Distinct().ToList();
        var repeated = found.GroupBy(name => name).Where(group => group.Count() > 1).Select(group => group.Key).ToList();
        var problems = new List<string>();
        if (missing.Count > 0) problems.Add("missing column(s) " + string.Join(", ", missing));
        if (unknown.Count > 0) problems.Add("unknown column(s) " + string.Join(", ", unknown.Select(name => $"\"{name}\"")));
        if (repeated.Count > 0) problems.Add("repeated column(s) " + string.Join(", ", repeated));
        if (problems.Count > 0)
        {
            error = new RowError(record.Line, "header has " + string.Join("; ", problems) + ". Expected: " + string.Join(",", Names));
            return false;
        }

        error = null;
        header = new CustomerCsvHeader(Names.Select(name => found.IndexOf(name)).ToArray(), found.Count);
        return true;
    }
}
