using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Intake.Core.EffectiveDates;
using Intake.Core.Identity;
using NodaTime;

namespace Intake.Storage.Postgres.Customers;

/// <summary>
/// Checks and normalises the rows of one file. Reasons quote dates, codes and ids but never names,
/// addresses or numbers: the output of an import ends up in terminals and CI logs.
/// </summary>
internal sealed class CustomerRowValidator(CustomerCsvHeader header)
{
    private const string DateFormat = "yyyy-MM-dd";
    private const int ShownLength = 40;

    // First line of every contract id seen, so a repeat can point at the original.
    private readonly Dictionary<string, int> _contractLines = new(StringComparer.Ordinal);

    public bool TryValidate(CsvRecord record, [NotNullWhen(true)] out CustomerRow? row, [NotNullWhen(false)] out RowError? error)
    {
        row = null;
        if (record.QuoteLeftOpen || record.Fields.Count != header.ColumnCount)
        {
            error = new RowError(record.Line, record.QuoteLeftOpen
                ? "a quoted field is never closed: every line after it was read as part of that field"
                : string.Create(CultureInfo.InvariantCulture, $"expected {header.ColumnCount} fields, found {record.Fields.Count}"));
            return false;
        }

        var problems = new List<string>();
        string Required(CustomerColumn column)
        {
            var value = header.Field(record, column);
            if (value.Length == 0) problems.Add(CustomerCsvHeader.Names[(int)column] + " is required");
            return value;
        }

        var accountNumber = Required(CustomerColumn.AccountNumber).ToUpperInvariant();
        var name = Required(CustomerColumn.Name);
        var contractId = Required(CustomerColumn.ContractId);
        var product = Required(CustomerColumn.Product);
        var startDate = Date(record, CustomerColumn.StartDate, required: true, problems);
        var minimumTermEnd = Date(record, CustomerColumn.MinimumTermEnd, required: false, problems);
        if (startDate is { } start && minimumTermEnd is { } end && end < start)
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"minimum_term_end {end:yyyy-MM-dd} is before start_date {start:yyyy-MM-dd}"));
        var concludedOn = Date(record, CustomerColumn.ConcludedOn, required: false, problems);

        var timeZone = Or(header.Field(record, CustomerColumn.TimeZone), ContractTimeZone.DefaultId);
        var timeZoneKnown = DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZone) is not null;
        if (!timeZoneKnown) problems.Add($"time_zone {Shown(timeZone)} is not an IANA time zone (e.g. Europe/Amsterdam)");

        var email = header.Field(record, CustomerColumn.Email);
        var normalisedEmail = SenderAddress.NormaliseEmail(email);
        if (email.Length > 0 && normalisedEmail is null) problems.Add("email is not a valid address");

        var phone = header.Field(record, CustomerColumn.Phone);
        var normalisedPhone = SenderAddress.NormalisePhone(phone, CallingCode(timeZoneKnown ? timeZone : ContractTimeZone.DefaultId));
        if (phone.Length > 0 && normalisedPhone is null) problems.Add("phone is not a valid phone number");

        var xUserId = header.Field(record, CustomerColumn.XUserId);
        if (!xUserId.All(char.IsAsciiDigit)) problems.Add("x_user_id is not a numeric X user id");

        var (postcode, houseNumber) = Address(record, problems);

        var noticePeriod = NoticePeriod(header.Field(record, CustomerColumn.NoticePeriod), problems);
        var renewal = Or(header.Field(record, CustomerColumn.Renewal), RenewalKinds.Tacit).ToLowerInvariant();
        if (!RenewalKinds.All.Contains(renewal))
            problems.Add($"renewal {Shown(renewal)} is not one of {string.Join(", ", RenewalKinds.All)}");

        if (contractId.Length > 0 && !_contractLines.TryAdd(contractId, record.Line))
            problems.Add(string.Create(CultureInfo.InvariantCulture,
                $"contract_id {Shown(contractId)} appears twice in the file (first on line {_contractLines[contractId]})"));

        if (problems.Count > 0)
        {
            error = new RowError(record.Line, string.Join("; ", problems));
            return false;
        }

        error = null;
        row = new CustomerRow(record.Line, accountNumber, name, normalisedEmail, normalisedPhone, xUserId.Length > 0 ? xUserId : null,
            contractId, product, startDate!.Value, minimumTermEnd, noticePeriod!, renewal, timeZone, concludedOn, postcode, houseNumber);
        return true;
    }

    private DateOnly? Date(CsvRecord record, CustomerColumn column, bool required, List<string> problems)
    {
        var text = header.Field(record, column);
        var name = CustomerCsvHeader.Names[(int)column];
        if (text.Length == 0)
        {
            if (required) problems.Add(name + " is required");
            return null;
        }
        if (DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        problems.Add($"{name} {Shown(text)} is not a date ({DateFormat})");
        return null;
    }

    /// <summary>Postcode and house number, normalised; both or neither, so the pair always names one address.</summary>
    private (string? Postcode, string? HouseNumber) Address(CsvRecord record, List<string> problems)
    {
        var postcode = header.Field(record, CustomerColumn.Postcode);
        var houseNumber = header.Field(record, CustomerColumn.HouseNumber);
        var normalisedPostcode = PostalCodes.NormalisePostcode(postcode);
        var normalisedNumber = PostalCodes.NormaliseHouseNumber(houseNumber);
        if (postcode.Length > 0 && normalisedPostcode is null) problems.Add("postcode is not a Dutch (1234 AB) or German (12345) postcode");
        if (houseNumber.Length > 0 && normalisedNumber is null) problems.Add("house_number is not a house number (12, 12a, 12-2)");
        if ((postcode.Length > 0) != (houseNumber.Length > 0)) problems.Add("postcode and house_number go together: give both or neither");
        return (normalisedPostcode, normalisedNumber);
    }

    private static string? NoticePeriod(string text, List<string> problems)
    {
        if (text.Length == 0) return "P1M";
        try
        {
            // Stored as ISO-8601 so the effective-date rules read one notation, whatever the operator typed.
            return NoticePeriodParser.Parse(text).ToString();
        }
        catch (FormatException exception)
        {
            problems.Add("notice_period: " + exception.Message);
            return null;
        }
    }

    // National numbers (06..., 0151...) belong to the country the contract is served in.
    private static string CallingCode(string timeZone) => Jurisdiction.ForTimeZone(timeZone).Code switch
    {
        "DE" => "49",
        _ => "31",
    };

    private static string Or(string value, string fallback) => value.Length > 0 ? value : fallback;

    // Values are quoted on one line and cut short, so a stray paragraph in a cell cannot flood the report.
    private static string Shown(string value)
    {
        var oneLine = string.Concat(value.Select(c => char.IsControl(c) ? ' ' : c));
        return "\"" + (oneLine.Length > ShownLength ? oneLine[..ShownLength] + "…" : oneLine) + "\"";
    }
}
