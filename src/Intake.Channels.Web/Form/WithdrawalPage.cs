using Intake.Channels.Web.Form.Html;
using Intake.Channels.Web.Form.Texts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Intake.Channels.Web.Form;

/// <summary>
/// Renders the withdrawal function (Directive 2023/2673 art. 11a, § 356a BGB): a first control "withdraw from contract
/// here", then the declaration with exactly name, number and email and a second control "confirm withdrawal". No login,
/// no script, no further questions.
/// </summary>
internal static class WithdrawalPage
{
    public const string StartPath = "/withdraw";
    public const string DeclarationPath = "/withdraw/declaration";

    public static string RenderStart(WebText text, PathString pathBase) =>
        PageLayout.Render(text, text.WithdrawalTitle, language => $"{pathBase}{StartPath}?lang={language}", html =>
            html.Element("h1", text.WithdrawalTitle)
                .Element("p", text.WithdrawalIntro)
                .Open("form", ("method", "get"), ("action", $"{pathBase}{DeclarationPath}"))
                .Hidden(CancelFormFields.Language, text.Language)
                .Element("button", text.WithdrawStart, ("type", "submit"))
                .Close("form"));

    public static string RenderForm(
        WebText text, CancelForm form, IReadOnlyList<FieldError> errors, string? message, AntiforgeryTokenSet tokens, PathString pathBase)
    {
        InputField Field(string name, string label, string value) =>
            new(name, label, value) { Error = errors.FirstOrDefault(e => e.Field == name)?.Message, MaxLength = CancelFormFields.MaxLength(name), Required = true };

        return PageLayout.Render(text, text.WithdrawalTitle, language => $"{pathBase}{DeclarationPath}?lang={language}", html =>
            html.Element("h1", text.WithdrawalTitle)
                .ErrorSummary(text, message, errors)
                .Element("p", text.WithdrawalFormIntro)
                .OpenIntakeForm($"{pathBase}{DeclarationPath}", tokens, form.Submission, text.Language)
                .Hidden(CancelFormFields.Function, CancelFormFields.WithdrawalFunction)
                .Open("fieldset").Element("legend", text.YouLegend)
                .Input(Field(CancelFormFields.Name, text.Name, form.Name) with { Autocomplete = "name" })
                .Input(Field(CancelFormFields.ContractNumber, text.WithdrawalContract, form.ContractNumber) with
                    { Hint = text.WithdrawalContractHint, Autocomplete = "off" })
                .Input(Field(CancelFormFields.Email, text.Email, form.Email) with
                    { Type = "email", Hint = text.WithdrawalEmailHint, Autocomplete = "email" })
                .Close("fieldset")
                .Element("button", text.WithdrawConfirm, ("type", "submit"))
                .Close("form"));
    }
}
