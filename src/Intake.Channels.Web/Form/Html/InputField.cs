namespace Intake.Channels.Web.Form.Html;

/// <summary>One labelled input or text area of a form, with its hint, current value and error.</summary>
internal sealed record InputField(string Name, string Label, string? Value)
{
    public string Type { get; init; } = "text";
    public string? Hint { get; init; }
    public string? Error { get; init; }
    public string? OptionalMark { get; init; }
    public string? Autocomplete { get; init; }
    public string? InputMode { get; init; }
    public string? Min { get; init; }
    public int MaxLength { get; init; } = 200;
    public bool Required { get; init; }
    public bool Multiline { get; init; }
}
