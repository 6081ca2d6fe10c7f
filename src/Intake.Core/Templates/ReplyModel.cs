namespace Intake.Core.Templates;

/// <summary>What a reply template may show: case facts only, no retention offer.</summary>
/// <param name="RequestedDate">The end date the customer asked for (the declaration's content), if any.</param>
/// <param name="Reason">The reason code (shown for an extraordinary cancellation, where the law asks for it).</param>
/// <param name="Status">The case's status: a withdrawal in review is told what happens next.</param>
public sealed record ReplyModel(
    string Reference,
    string? Product,
    DateTimeOffset ReceivedAt,
    DateOnly? EffectiveDate,
    string? Kind,
    string? WhyUrl,
    string? DisplayName,
    DateOnly? RequestedDate = null,
    string? Reason = null,
    string? Status = null);
