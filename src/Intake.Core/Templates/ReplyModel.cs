namespace Intake.Core.Templates;

/// <summary>What a reply template may show: case facts only, no retention offer.</summary>
public sealed record ReplyModel(
    string Reference,
    string? Product,
    DateTimeOffset ReceivedAt,
    DateOnly? EffectiveDate,
    string? Kind,
    string? WhyUrl,
    string? DisplayName);
