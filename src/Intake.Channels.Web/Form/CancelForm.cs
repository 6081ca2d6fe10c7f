using Intake.Core.Model;
using Microsoft.AspNetCore.Http;

namespace Intake.Channels.Web.Form;

/// <summary>The cancellation form as the customer filled it in, kept verbatim so it can be shown again.</summary>
internal sealed record CancelForm
{
    /// <summary>Made when the form is rendered; the provider message id, so a double click makes one message.</summary>
    public required string Submission { get; init; }
    public required string Language { get; init; }
    /// <summary><see cref="CancelFormFields.CancelFunction"/> or <see cref="CancelFormFields.WithdrawalFunction"/>.</summary>
    public string Function { get; init; } = CancelFormFields.CancelFunction;
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

    /// <summary>True for the withdrawal function: its kind is always withdrawal, and it asks for name, number and email only.</summary>
    public bool IsWithdrawal => Function == CancelFormFields.WithdrawalFunction;

    public static CancelForm Blank(string language, string function = CancelFormFields.CancelFunction) => new()
    {
        Submission = NewSubmission(), Language = language, Function = function,
        Kind = function == CancelFormFields.WithdrawalFunction ? CancellationKinds.Withdrawal : CancellationKinds.Ordinary,
    };

    public static CancelForm Read(IFormCollection form, string language) => Read(form, language,
        Value(form, CancelFormFields.Function) == CancelFormFields.WithdrawalFunction ? CancelFormFields.WithdrawalFunction : CancelFormFields.CancelFunction);

    private static CancelForm Read(IFormCollection form, string language, string function) => new()
    {
        // A tampered or missing id must not block the cancellation: it just loses double-click protection.
        Submission = Guid.TryParse(form[CancelFormFields.Submission], out var id) ? id.ToString("D") : NewSubmission(),
        Language = language,
        Function = function,
        Name = Value(form, CancelFormFields.Name),
        AccountNumber = Value(form, CancelFormFields.AccountNumber),
        Email = Value(form, CancelFormFields.Email),
        Phone = Value(form, CancelFormFields.Phone),
        ContractNumber = Value(form, CancelFormFields.ContractNumber),
        Product = Value(form, CancelFormFields.Product),
        ContractDetails = Value(form, CancelFormFields.ContractDetails),
        Kind = function == CancelFormFields.WithdrawalFunction ? CancellationKinds.Withdrawal
            : Value(form, CancelFormFields.Kind) is { Length: > 0 } kind ? kind : CancellationKinds.Ordinary,
        Reason = Value(form, CancelFormFields.Reason),
        ReasonText = Value(form, CancelFormFields.ReasonText),
        RequestedDate = Value(form, CancelFormFields.RequestedDate),
    };

    private static string NewSubmission() => Guid.NewGuid().ToString("D");

    private static string Value(IFormCollection form, string name) => form[name].ToString().Trim();
}
