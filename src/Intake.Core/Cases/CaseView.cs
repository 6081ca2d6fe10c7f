namespace Intake.Core.Cases;

/// <summary>A case with its messages and replies; <see cref="FirstDeclarationMessageId"/> is the message whose receipt time is the case's.</summary>
public sealed record CaseView(
    string Reference, string Status, string? Kind, DateTimeOffset ReceivedAt, DateOnly? RequestedDate,
    DateOnly? EffectiveDate, string? Reason, bool Verified, string FirstChannel, string Language, string? Product,
    IReadOnlyList<CaseMessageView> Messages, IReadOnlyList<CaseOutboundView> Outbound, long? FirstDeclarationMessageId = null);

/// <summary>One inbound message of a case.</summary>
public sealed record CaseMessageView(long Id, string Channel, DateTimeOffset ReceivedAt, string Intent, string? Kind, string? Subject, string Text);

/// <summary>One reply of a case and where it is on its way.</summary>
public sealed record CaseOutboundView(
    long Id, string Kind, string Channel, string To, string Status, string? Subject, string Body,
    int Attempts, string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? SentAt);

/// <summary>A case in a list.</summary>
public sealed record CaseSummary(string Reference, string Status, string? Kind, DateTimeOffset ReceivedAt, DateOnly? EffectiveDate, string FirstChannel);
