using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Intake.Core.Customers;
using Intake.Core.EffectiveDates;
using Intake.Core.Identity;
using NodaTime;

namespace Intake.Storage.Postgres.Customers;

/// <summary>
/// Checks and normalises the records of one source (a CSV file, an API body), naming fields as the source does.
/// Reasons quote dates, codes and ids but never names, addresses or numbers: the output of an import ends up in
/// terminals, CI logs and API answers.
/// </summary>
internal sealed class CustomerRowValidator(CustomerRecordNaming naming)
{
    private const string DateFormat = "yyyy-MM-dd";
    private const int ShownLength = 40;

    // First line of every contract id seen, so a repeat can point at the original.
    private readonly Dictionary<string, int> _contractLines = new(StringComparer.Ordinal);

    public bool TryValidate(CustomerRecord record, [NotNullWhen(true)] out CustomerRow? row, [NotNullWhen(false)] out RowError? error)
    {
        row = null;
        if (record.Unreadable is { } unreadable)
        {
            error = new RowError(record.Line, unreadable, naming.Position);
            return false;
        }

        var problems = new List<FieldProblem>();
        void Problem(CustomerField field, string reason) => problems.Add(new FieldProblem(naming[field], reason));
        string Field(CustomerField field) => record[field].Trim();
        string Required(CustomerField field)
        {
            var value = Field(field);
            if (value.Length == 0) Problem(field, naming[field] + " is required");
            return value;
        }
        DateOnly? Date(CustomerField field, bool required)
        {
            var text = required ? Required(field) : Field(field);
            if (text.Length == 0) return null;
            if (DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
            Problem(field, $"{naming[field]} {Shown(text)} is not a date ({DateFormat})");
            return null;
        }

        var accountNumber = Required(CustomerField.AccountNumber).ToUpperInvariant();
        var name = Required(CustomerField.Name);
        var contractId = Required(CustomerField.ContractId);
        var product = Required(CustomerField.Product);
        var startDate = Date(CustomerField.StartDate, required: true);
        var minimumTermEnd = Date(CustomerField.MinimumTermEnd, required: false);
        if (startDate is { } start && minimumTermEnd is { } end && end < start)
            Problem(CustomerField.MinimumTermEnd, string.Create(CultureInfo.InvariantCulture,
                $"{naming[CustomerField.MinimumTermEnd]} {end:yyyy-MM-dd} is before {naming[CustomerField.StartDate]} {start:yyyy-MM-dd}"));
        var concludedOn = Date(CustomerField.ConcludedOn, required: false);

        var timeZone = Or(Field(CustomerField.TimeZone), ContractTimeZone.DefaultId);
        var timeZoneKnown = DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZone) is not null;
        if (!timeZoneKnown) Problem(CustomerField.TimeZone, $"{naming[CustomerField.TimeZone]} {Shown(timeZone)} is not an IANA time zone (e.g. Europe/Amsterdam)");

        var email = Field(CustomerField.Email);
        var normalisedEmail = SenderAddress.NormaliseEmail(email);
        if (email.Length > 0 && normalisedEmail is null) Problem(CustomerField.Email, $"{naming[CustomerField.Email]} is not a valid address");

        var phone = Field(CustomerField.Phone);
        var normalisedPhone = SenderAddress.NormalisePhone(phone, CallingCode(timeZoneKnown ? timeZone : ContractTimeZone.DefaultId));
        if (phone.Length > 0 && normalisedPhone is null) Problem(CustomerField.Phone, $"{naming[CustomerField.Phone]} is not a valid phone number");

        var xUserId = Field(CustomerField.XUserId);
        if (!xUserId.All(char.IsAsciiDigit)) Problem(CustomerField.XUserId, $"{naming[CustomerField.XUserId]} is not a numeric X user id");

        var (postcode, houseNumber) = Address(Field(CustomerField.Postcode), Field(CustomerField.HouseNumber), Problem);

        var noticePeriod = NoticePeriod(Field(CustomerField.NoticePeriod), Problem);
        var renewal = Or(Field(CustomerField.Renewal), RenewalKinds.Tacit).ToLowerInvariant();
        if (!RenewalKinds.All.Contains(renewal))
            Problem(CustomerField.Renewal, $"{naming[CustomerField.Renewal]} {Shown(renewal)} is not one of {string.Join(", ", RenewalKinds.All)}");

        if (contractId.Length > 0 && !_contractLines.TryAdd(contractId, record.Line))
            Problem(CustomerField.ContractId, string.Create(CultureInfo.InvariantCulture,
                $"{naming[CustomerField.ContractId]} {Shown(contractId)} appears twice in the {naming.Whole} (first on {naming.Position} {_contractLines[contractId]})"));

        if (problems.Count > 0)
        {
            error = new RowError(record.Line, problems, naming.Position);
            return false;
        }

        error = null;
        row = new CustomerRow(record.Line, accountNumber, name, normalisedEmail, normalisedPhone, xUserId.Length > 0 ? xUserId : null,
            contractId, product, startDate!.Value, minimumTermEnd, noticePeriod!, renewal, timeZone, concludedOn, postcode, houseNumber);
        return true;
    }

    /// <summary>Postcode and house number, normalised; both or neither, so the pair always names one address.</summary>
    private (string? Postcode, string? HouseNumber) Address(string postcode, string houseNumber, Action<CustomerField, string> problem)
    {
        var normalisedPostcode = PostalCodes.NormalisePostcode(postcode);
        var normalisedNumber = PostalCodes.NormaliseHouseNumber(houseNumber);
        var (postcodeName, houseNumberName) = (naming[CustomerField.Postcode], naming[CustomerField.HouseNumber]);
        if (postcode.Length > 0 && normalisedPostcode is null) problem(CustomerField.Postcode, $"{postcodeName} is not a Dutch (1234 AB) or German (12345) postcode");
        if (houseNumber.Length > 0 && normalisedNumber is null) problem(CustomerField.HouseNumber, $"{houseNumberName} is not a house number (12, 12a, 12-2)");
        if ((postcode.Length > 0) != (houseNumber.Length > 0))
            problem(postcode.Length > 0 ? CustomerField.HouseNumber : CustomerField.Postcode, $"{postcodeName} and {houseNumberName} go together: give both or neither");
        return (normalisedPostcode, normalisedNumber);
    }

    private string? NoticePeriod(string text, Action<CustomerField, string> problem)
    {
        if (text.Length == 0) return "P1M";
        try
        {
            // Stored as ISO-8601 so the effective-date rules read one notation, whatever the operator typed.
            return NoticePeriodParser.Parse(text).ToString();
        }
        catch (FormatException exception)
        {
            problem(CustomerField.NoticePeriod, naming[CustomerField.NoticePeriod] + ": " + exception.Message);
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
