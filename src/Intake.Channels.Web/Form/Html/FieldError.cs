namespace Intake.Channels.Web.Form.Html;

/// <summary>A validation message for one form field, shown next to it and in the summary at the top.</summary>
internal sealed record FieldError(string Field, string Message);
