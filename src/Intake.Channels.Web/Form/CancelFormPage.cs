using System.Globalization;
using Intake.Channels.Web.Form.Html;
using Intake.Channels.Web.Form.Texts;
using Intake.Core.Model;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Intake.Channels.Web.Form;

/// <summary>Renders the cancellation form (§312k BGB): plain HTML, no script, one button.</summary>
internal static class CancelFormPage
{
    // The everyday case first and preselected; the legal special cases after it.
    private static readonly string[] KindOrder = [CancellationKinds.Ordinary, CancellationKinds.Extraordinary, CancellationKinds.Withdrawal];

    public static string Render(
        WebText text, CancelForm form, IReadOnlyList<FieldError> errors, string? message, AntiforgeryTokenSet tokens, DateOnly today, PathString pathBase)
    {
        string? Error(string field) => errors.FirstOrDefault(e => e.Field == field)?.Message;
        InputField Field(string name, string label, string value) =>
            new(name, label, value) { Error = Error(name), MaxLength = CancelFormFields.MaxLength(name) };

        return PageLayout.Render(text, text.FormTitle, language => $"{pathBase}/cancel?lang={language}", html =>
        {
            html.Element("h1", text.FormTitle)
                .ErrorSummary(text, message, errors)
                .Element("p", text.FormIntro)
                .OpenIntakeForm($"{pathBase}/cancel", tokens, form.Submission, text.Language);

            html.Open("fieldset").Element("legend", text.YouLegend)
                .Input(Field(CancelFormFields.Name, text.Name, form.Name) with { Autocomplete = "name", Required = true })
                .Input(Field(CancelFormFields.AccountNumber, text.AccountNumber, form.AccountNumber) with
                    { Hint = text.AccountNumberHint, OptionalMark = text.Optional, Autocomplete = "off" })
                .Input(Field(CancelFormFields.Email, text.Email, form.Email) with
                    { Type = "email", Hint = text.EmailHint, Autocomplete = "email" })
                .Input(Field(CancelFormFields.Phone, text.Phone, form.Phone) with
                    { Type = "tel", Hint = text.PhoneHint, OptionalMark = text.Optional, Autocomplete = "tel", InputMode = "tel" })
                .Close("fieldset");

            html.Open("fieldset").Element("legend", text.ContractLegend)
                .Input(Field(CancelFormFields.ContractNumber, text.ContractNumber, form.ContractNumber) with { OptionalMark = text.Optional })
                .Input(Field(CancelFormFields.Product, text.Product, form.Product) with { OptionalMark = text.Optional })
                .Input(Field(CancelFormFields.ContractDetails, text.ContractDetails, form.ContractDetails) with
                    { OptionalMark = text.Optional, Multiline = true })
                .Close("fieldset");

            html.Radios(new ChoiceGroup(CancelFormFields.Kind, text.KindLegend,
                    [.. KindOrder.Select(kind => new Choice(kind, text.Kinds[kind], text.KindHints[kind]))], form.Kind)
                { Error = Error(CancelFormFields.Kind) });

            html.Select(new ChoiceGroup(CancelFormFields.Reason, text.Reason, ReasonChoices(text), form.Reason)
                    { Hint = text.ReasonHint, Error = Error(CancelFormFields.Reason), Placeholder = text.ReasonChoose })
                .Input(Field(CancelFormFields.ReasonText, text.ReasonText, form.ReasonText) with { OptionalMark = text.Optional, Multiline = true });

            html.Input(Field(CancelFormFields.RequestedDate, text.RequestedDate, form.RequestedDate) with
                {
                    Type = "date", Hint = text.RequestedDateHint, OptionalMark = text.Optional,
                    Min = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                })
                .Element("button", text.Submit, ("type", "submit"))
                .Close("form");
        });
    }

    /// <summary>The reason codes as choices in the page's language; the why page asks with the same labels.</summary>
    public static IReadOnlyList<Choice> ReasonChoices(WebText text) =>
        [.. ReasonCodes.All.Select(code => new Choice(code, text.Reasons[code]))];
}
