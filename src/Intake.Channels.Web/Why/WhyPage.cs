using Intake.Channels.Web.Form;
using Intake.Channels.Web.Form.Html;
using Intake.Channels.Web.Form.Texts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Intake.Channels.Web.Why;

/// <summary>Renders the one optional question "why are you leaving?".</summary>
internal static class WhyPage
{
    public const string ReasonField = "reason";
    public const string TextField = "text";
    public const string LanguageField = "lang";
    public const int MaxTextLength = 1000;

    public static string Render(
        WebText text, string action, string? reason, string? freeText, IReadOnlyList<FieldError> errors, AntiforgeryTokenSet tokens, Func<string, string> languageHref) =>
        PageLayout.Render(text, text.WhyTitle, languageHref, html =>
        {
            html.Element("h1", text.WhyTitle)
                .ErrorSummary(text, null, errors)
                .Element("p", text.WhyIntro)
                .Open("form", ("method", "post"), ("action", action), ("novalidate", "novalidate"))
                .AntiforgeryField(tokens)
                .Hidden(LanguageField, text.Language)
                .Radios(new ChoiceGroup(ReasonField, text.WhyTitle, CancelFormPage.ReasonChoices(text), reason)
                    { Error = errors.FirstOrDefault(e => e.Field == ReasonField)?.Message })
                .Input(new InputField(TextField, text.WhyText, freeText)
                {
                    OptionalMark = text.Optional, Multiline = true, MaxLength = MaxTextLength,
                    Error = errors.FirstOrDefault(e => e.Field == TextField)?.Message,
                })
                .Element("button", text.WhySubmit, ("type", "submit"))
                .Close("form");
        });
}
