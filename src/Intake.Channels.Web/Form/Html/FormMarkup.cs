using Intake.Channels.Web.Form.Texts;
using Microsoft.AspNetCore.Antiforgery;

namespace Intake.Channels.Web.Form.Html;

/// <summary>Accessible form controls: labels tied to inputs, hints and errors announced through aria-describedby.</summary>
internal static class FormMarkup
{
    public static HtmlWriter AntiforgeryField(this HtmlWriter html, AntiforgeryTokenSet tokens) =>
        html.Open("input", ("type", "hidden"), ("name", tokens.FormFieldName), ("value", tokens.RequestToken));

    /// <summary>Opens a public intake form: posted to <paramref name="action"/>, with the antiforgery token, submission id and language.</summary>
    public static HtmlWriter OpenIntakeForm(this HtmlWriter html, string action, AntiforgeryTokenSet tokens, string submission, string language) =>
        html.Open("form", ("method", "post"), ("action", action), ("novalidate", "novalidate"))
            .AntiforgeryField(tokens)
            .Hidden(CancelFormFields.Submission, submission)
            .Hidden(CancelFormFields.Language, language);

    public static HtmlWriter Hidden(this HtmlWriter html, string name, string value) =>
        html.Open("input", ("type", "hidden"), ("name", name), ("value", value));

    /// <summary>The list of problems at the top, each linking to its field, so screen readers hear them first.</summary>
    public static HtmlWriter ErrorSummary(this HtmlWriter html, WebText text, string? message, IReadOnlyList<FieldError> errors)
    {
        if (message is null && errors.Count == 0) return html;
        html.Open("div", ("class", "summary"), ("role", "alert"), ("tabindex", "-1"), ("id", "problems"));
        if (message is not null) html.Element("p", message);
        if (errors.Count > 0)
        {
            html.Element("p", text.ErrorSummary).Open("ul");
            foreach (var error in errors)
                html.Open("li").Element("a", error.Message, ("href", "#" + Id(error.Field))).Close("li");
            html.Close("ul");
        }
        return html.Close("div");
    }

    public static HtmlWriter Input(this HtmlWriter html, InputField field)
    {
        var id = Id(field.Name);
        html.Open("label", ("for", id)).Text(field.Label);
        if (field.OptionalMark is not null) html.Text(" " + field.OptionalMark);
        html.Close("label");
        html.HintAndError(field.Name, field.Hint, field.Error);
        var described = DescribedBy(field.Name, field.Hint, field.Error);
        var invalid = field.Error is null ? null : "true";
        var required = field.Required ? "required" : null;
        var maxLength = field.MaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (field.Multiline)
            return html.Element("textarea", field.Value, ("id", id), ("name", field.Name), ("rows", "3"), ("maxlength", maxLength),
                ("aria-describedby", described), ("aria-invalid", invalid), ("required", required));
        return html.Open("input", ("type", field.Type), ("id", id), ("name", field.Name), ("value", field.Value ?? ""),
            ("maxlength", field.Type == "date" ? null : maxLength), ("min", field.Min), ("autocomplete", field.Autocomplete),
            ("inputmode", field.InputMode), ("aria-describedby", described), ("aria-invalid", invalid), ("required", required));
    }

    public static HtmlWriter Radios(this HtmlWriter html, ChoiceGroup group)
    {
        html.Open("fieldset", ("id", Id(group.Name)), ("aria-describedby", DescribedBy(group.Name, group.Hint, group.Error)))
            .Element("legend", group.Legend)
            .HintAndError(group.Name, group.Hint, group.Error);
        foreach (var choice in group.Choices)
        {
            var id = Id(group.Name) + "-" + choice.Value;
            var hintId = choice.Hint is null ? null : id + "-hint";
            html.Open("div", ("class", "choice"))
                .Open("input", ("type", "radio"), ("id", id), ("name", group.Name), ("value", choice.Value),
                    ("checked", choice.Value == group.Selected ? "checked" : null), ("aria-describedby", hintId))
                .Text(" ")
                .Element("label", choice.Label, ("for", id));
            if (choice.Hint is not null) html.Element("p", choice.Hint, ("class", "hint"), ("id", hintId));
            html.Close("div");
        }
        return html.Close("fieldset");
    }

    public static HtmlWriter Select(this HtmlWriter html, ChoiceGroup group)
    {
        var id = Id(group.Name);
        html.Element("label", group.Legend, ("for", id)).HintAndError(group.Name, group.Hint, group.Error)
            .Open("select", ("id", id), ("name", group.Name), ("aria-describedby", DescribedBy(group.Name, group.Hint, group.Error)),
                ("aria-invalid", group.Error is null ? null : "true"))
            .Element("option", group.Placeholder ?? "", ("value", ""));
        foreach (var choice in group.Choices)
            html.Element("option", choice.Label, ("value", choice.Value), ("selected", choice.Value == group.Selected ? "selected" : null));
        return html.Close("select");
    }

    public static string Id(string field) => "f-" + field;

    private static HtmlWriter HintAndError(this HtmlWriter html, string field, string? hint, string? error)
    {
        if (hint is not null) html.Element("p", hint, ("class", "hint"), ("id", Id(field) + "-hint"));
        if (error is not null) html.Element("p", error, ("class", "error"), ("id", Id(field) + "-error"));
        return html;
    }

    private static string? DescribedBy(string field, string? hint, string? error)
    {
        var ids = new List<string>(2);
        if (hint is not null) ids.Add(Id(field) + "-hint");
        if (error is not null) ids.Add(Id(field) + "-error");
        return ids.Count == 0 ? null : string.Join(' ', ids);
    }
}
