using Intake.Core.Identity;
using Intake.Core.Languages;
using Intake.Core.Model;
using Intake.Webcare.Text;
using Microsoft.AspNetCore.Http;

namespace Intake.Webcare.Manual;

/// <summary>A declaration staff took by phone or letter, as they entered it (field names are the form's and the raw payload's).</summary>
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

    public static ManualIntakeForm Read(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        string Field(string name) => form[name].ToString().Trim();
        return new ManualIntakeForm
        {
            Submission = Field("submission"), Source = Field("source"), ReceivedAt = Field("receivedAt"), Contact = Field("contact"),
            Name = Field("name"), AccountNumber = Field("accountNumber"), Declaration = Field("declaration"),
            Language = Field("language"), Text = Field("text"),
        };
    }

    public IReadOnlyList<KeyValuePair<string, string>> Fields() =>
    [
        new("submission", Submission), new("source", Source), new("receivedAt", ReceivedAt), new("contact", Contact), new("name", Name),
        new("accountNumber", AccountNumber), new("declaration", Declaration), new("language", Language), new("text", Text),
    ];

    public DateTimeOffset? ReceivedAtUtc => ConsoleTime.Parse(ReceivedAt);

    public string? ContactAddress => SenderAddress.NormaliseEmail(Contact) ?? SenderAddress.NormalisePhone(Contact);

    /// <summary>Field → text key of what is wrong; empty when valid. The receipt time may not lie after <paramref name="now"/>.</summary>
    public IReadOnlyDictionary<string, string> Validate(DateTimeOffset now)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Guid.TryParse(Submission, out _)) errors["submission"] = "manual.error.submission";
        if (Source is not (Phone or Letter)) errors["source"] = "manual.error.source";
        if (ReceivedAtUtc is not { } at) errors["receivedAt"] = "manual.error.time";
        else if (at > now) errors["receivedAt"] = "manual.error.future";
        if (ContactAddress is null) errors["contact"] = "manual.error.contact";
        if (Declaration != Automatic && !CancellationKinds.All.Contains(Declaration, StringComparer.Ordinal)) errors["declaration"] = "manual.error.declaration";
        if (!SupportedLanguages.IsSupported(Language)) errors["language"] = "manual.error.language";
        if (Text.Length == 0) errors["text"] = "manual.error.text";
        else if (Text.Length > 20_000) errors["text"] = "manual.error.long";
        return errors;
    }
}
