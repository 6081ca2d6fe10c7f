using Intake.Core.Identity;
using Intake.Core.Languages;
using Intake.Core.Model;
using Intake.Webcare.Text;
using Microsoft.AspNetCore.Http;

namespace Intake.Webcare.Manual;

/// <summary>
/// A declaration staff took by phone or letter, as they entered it (field names are the form's and the raw payload's).
/// A letter may come without email or phone: its postal address is then the sender, and the reply goes by letter.
/// </summary>
public sealed record ManualIntakeForm
{
    public const string Phone = "phone";
    public const string Letter = "letter";
    public const string Automatic = "auto";

    public string Submission { get; init; } = "";
    public string Source { get; init; } = Phone;
    public string ReceivedAt { get; init; } = "";
    public string Contact { get; init; } = "";
    public string Name { get; init; } = "";
    public string AccountNumber { get; init; } = "";
    public string Declaration { get; init; } = Automatic;
    public string Language { get; init; } = SupportedLanguages.Default;
    public string Text { get; init; } = "";
    public string Street { get; init; } = "";
    public string HouseNumber { get; init; } = "";
    public string Postcode { get; init; } = "";
    public string City { get; init; } = "";
    public string Country { get; init; } = PostalCodes.Netherlands;

    public static ManualIntakeForm Read(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        string Field(string name) => form[name].ToString().Trim();
        return new ManualIntakeForm
        {
            Submission = Field("submission"), Source = Field("source"), ReceivedAt = Field("receivedAt"), Contact = Field("contact"),
            Name = Field("name"), AccountNumber = Field("accountNumber"), Declaration = Field("declaration"),
            Language = Field("language"), Text = Field("text"), Street = Field("street"), HouseNumber = Field("houseNumber"),
            Postcode = Field("postcode"), City = Field("city"), Country = Field("country"),
        };
    }

    public IReadOnlyList<KeyValuePair<string, string>> Fields() =>
    [
        new("submission", Submission), new("source", Source), new("receivedAt", ReceivedAt), new("contact", Contact), new("name", Name),
        new("accountNumber", AccountNumber), new("declaration", Declaration), new("language", Language), new("text", Text),
        new("street", Street), new("houseNumber", HouseNumber), new("postcode", Postcode), new("city", City), new("country", Country),
    ];

    public DateTimeOffset? ReceivedAtUtc => ConsoleTime.Parse(ReceivedAt);

    public string? ContactAddress => SenderAddress.NormaliseEmail(Contact) ?? SenderAddress.NormalisePhone(Contact);

    /// <summary>Some part of a postal address was entered (the country has a default, so it does not count).</summary>
    public bool AddressGiven => Street.Length + HouseNumber.Length + Postcode.Length + City.Length > 0;

    public PostalAddress? Address => AddressGiven ? PostalAddress.Create(Name, Street, HouseNumber, Postcode, City, Country) : null;

    /// <summary>Who the intake is from: the email address or phone number, else (a letter) the postal address.</summary>
    public string? Sender => ContactAddress ?? (Source == Letter ? Address?.ToString() : null);

    /// <summary>Field → text key of what is wrong; empty when valid. The receipt time may not lie after <paramref name="now"/>.</summary>
    public IReadOnlyDictionary<string, string> Validate(DateTimeOffset now)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Guid.TryParse(Submission, out _)) errors["submission"] = "manual.error.submission";
        if (Source is not (Phone or Letter)) errors["source"] = "manual.error.source";
        if (ReceivedAtUtc is not { } at) errors["receivedAt"] = "manual.error.time";
        else if (at > now) errors["receivedAt"] = "manual.error.future";
        // A phone call needs an address to confirm to; a letter may give its postal address instead.
        if (Contact.Length > 0 ? ContactAddress is null : Source != Letter) errors["contact"] = "manual.error.contact";
        else if (Contact.Length == 0 && !AddressGiven) errors["contact"] = "manual.error.contactOrAddress";
        if (AddressGiven) ValidateAddress(errors);
        if (Declaration != Automatic && !CancellationKinds.All.Contains(Declaration, StringComparer.Ordinal)) errors["declaration"] = "manual.error.declaration";
        if (!SupportedLanguages.IsSupported(Language)) errors["language"] = "manual.error.language";
        if (Text.Length == 0) errors["text"] = "manual.error.text";
        else if (Text.Length > 20_000) errors["text"] = "manual.error.long";
        return errors;
    }

    private void ValidateAddress(Dictionary<string, string> errors)
    {
        var country = Country.ToUpperInvariant();
        if (country.Length != 2 || !country.All(char.IsAsciiLetterUpper)) errors["country"] = "manual.error.country";
        if (Street.Length == 0) errors["street"] = "manual.error.street";
        if (PostalCodes.NormaliseHouseNumber(HouseNumber) is null) errors["houseNumber"] = "manual.error.houseNumber";
        if (PostalCodes.NormalisePostcode(Postcode, country) is null) errors["postcode"] = "manual.error.postcode";
        if (City.Length == 0) errors["city"] = "manual.error.city";
    }
}
