using Intake.Core.Model;
using Microsoft.AspNetCore.Http;

namespace Intake.Channels.Web.Form;

/// <summary>The cancellation form as the customer filled it in, kept verbatim so it can be shown again.</summary>
internal sealed record CancelForm
{
    /// <summary>Made when the form is rendered; the provider message id, so a double click makes one message.</summary>
    public required string Submission { get; init; }
    public required string Language { get; init; }
    public string Name { get; init; } = "";
    public string AccountNumber { get; init; } = "";
    public string Email { get; init; } = "";
    public string Phone { get; init; } = "";
    public string ContractNumber { get; init; } = "";
    public string Product { get; init; } = "";
    public string ContractDetails { get; init; } = "";
    public string Kind { get; init; } = CancellationKinds.Ordinary;
    public string Reason { get; init; } = "";
    public string ReasonText { get; init; } = "";
    public string RequestedDate { get; init; } = "";

    public static CancelForm Blank(string language) => new() { Submission = NewSubmission(), Language = language };

    public static CancelForm Read(IFormCollection form, string language) => new()
    {
        // A tampered or missing id must not block the cancellation: it just loses double-click protection.
        Submission = Guid.TryParse(form[CancelFormFields.Submission], out var id) ? id.ToString("D") : NewSubmission(),
        Language = language,
        Name = Value(form, CancelFormFields.Name),
        AccountNumber = Value(form, CancelFormFields.AccountNumber),
        Email = Value(form, CancelFormFields.Email),
        Phone = Value(form, CancelFormFields.Phone),
        ContractNumber = Value(form, CancelFormFields.ContractNumber),
        Product = Value(form, CancelFormFields.Product),
        ContractDetails = Value(form, CancelFormFields.ContractDetails),
        Kind = Value(form, CancelFormFields.Kind) is { Length: > 0 } kind ? kind : CancellationKinds.Ordinary,
        Reason = Value(form, CancelFormFields.Reason),
        ReasonText = Value(form, CancelFormFields.ReasonText),
        RequestedDate = Value(form, CancelFormFields.RequestedDate),
    };

    private static string NewSubmission() => Guid.NewGuid().ToString("D");

    private static string Value(IFormCollection form, string name) => form[name].ToString().Trim();
}
