namespace Intake.Channels.Web.Form.Html;

/// <summary>One option of a <see cref="ChoiceGroup"/>.</summary>
internal sealed record Choice(string Value, string Label, string? Hint = null);
