namespace Intake.Channels.Web.Form.Html;

/// <summary>A set of radio buttons or select options: values with labels and optional hints.</summary>
internal sealed record ChoiceGroup(string Name, string Legend, IReadOnlyList<Choice> Choices, string? Selected)
{
    public string? Hint { get; init; }
    public string? Error { get; init; }
    /// <summary>Text of the empty first option of a select; null for radio buttons.</summary>
    public string? Placeholder { get; init; }
}
