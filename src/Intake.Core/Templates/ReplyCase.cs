namespace Intake.Core.Templates;

/// <summary>
/// The facts of a case a reply may show, as <see cref="ReplyComposer"/> takes them: the why token instead of the link,
/// and no name to greet (that comes with the message answered). No why link without a token.
/// </summary>
public sealed record ReplyCase(
    string Reference, string? Product, DateTimeOffset ReceivedAt, DateOnly? EffectiveDate, string? Kind, string? WhyToken,
    DateOnly? RequestedDate = null, string? Reason = null, string? Status = null);
