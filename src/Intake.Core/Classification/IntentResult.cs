namespace Intake.Core.Classification;

/// <summary>What the classifier understood of a message.</summary>
public sealed record IntentResult
{
    /// <summary>One of <see cref="Model.Intents"/>.</summary>
    public required string Intent { get; init; }
    /// <summary>One of <see cref="Model.CancellationKinds"/> when the intent is cancel, else null.</summary>
    public string? Kind { get; init; }
    /// <summary>0..1.</summary>
    public required double Confidence { get; init; }
    /// <summary>The cues that led to the decision (matched phrases, negation, ...), for staff and the classify command.</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];
    /// <summary>The date the customer asked for, resolved against the receipt time (in Europe/Amsterdam).</summary>
    public DateOnly? RequestedDate { get; init; }
    /// <summary>True when the customer asked for "as soon as possible" / "per direct".</summary>
    public bool Immediate { get; init; }
    public string? AccountNumber { get; init; }
    /// <summary>One of <see cref="Model.ReasonCodes"/> when the text gives a reason for leaving.</summary>
    public string? Reason { get; init; }
    /// <summary>nl, en or de.</summary>
    public required string Language { get; init; }
}
