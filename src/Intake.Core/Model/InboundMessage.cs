namespace Intake.Core.Model;

/// <summary>One incoming message from any channel, normalised by its adapter.</summary>
public sealed record InboundMessage
{
    public required string Channel { get; init; }
    /// <summary>The provider's id of the message; with the channel it is the dedupe key.</summary>
    public required string ProviderMessageId { get; init; }
    /// <summary>When it reached us: the receipt time, never later.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }
    /// <summary>Normalised sender: lower-case email, E.164 phone, X user id.</summary>
    public required string SenderAddress { get; init; }
    public string? DisplayName { get; init; }
    public string? Subject { get; init; }
    public required string Text { get; init; }
    public string? ThreadReference { get; init; }
    /// <summary>
    /// The case this message answers, when the adapter could tell (In-Reply-To of our reply, a reference in
    /// the subject): it joins that case while it is open, whatever the sender or intent.
    /// </summary>
    public string? RelatedCaseReference { get; init; }
    public long? RawPayloadId { get; init; }
    /// <summary>The channel the confirmation goes to; null means the message's own channel.</summary>
    public string? ReplyChannel { get; init; }
    /// <summary>
    /// The adapter asks a person to look (e.g. a scanned letter attached to an otherwise empty mail): a message the
    /// classifier would file as "other" then opens a case for review instead, with its receipt time kept.
    /// </summary>
    public bool NeedsReview { get; init; }
    /// <summary>Details the sender stated in a structured form (web form, API), used besides the text.</summary>
    public StatedDetails? Stated { get; init; }
}
