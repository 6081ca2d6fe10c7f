namespace Intake.Core.Classification.SafetyNet;

/// <summary>The "safetyNet" section of a phrase file: leaving cues, and objects that are plainly not a contract.</summary>
internal sealed record SafetyNetPhrases
{
    public IReadOnlyList<string> Cues { get; init; } = [];
    public IReadOnlyList<string> ExemptObjects { get; init; } = [];

    /// <summary>
    /// The wish to renew ("ik wil verlengen", "I do want to renew it", "möchte verlängern"): in a sentence without a
    /// negation it accounts for the renewal cue inside it and for every cue of the message that only says the contract
    /// runs out ("~" cues).
    /// </summary>
    public IReadOnlyList<string> Renewals { get; init; } = [];

    /// <summary>An intention given up ("was going to", "wollte eigentlich"): with <see cref="Staying"/>, accounts for the cues after it.</summary>
    public IReadOnlyList<string> GivenUp { get; init; } = [];

    /// <summary>Staying a customer ("staying put", "ik blijf klant", "bleib dabei").</summary>
    public IReadOnlyList<string> Staying { get; init; } = [];

    /// <summary>Nothing was sent or done ("never sent it", "niet verstuurd", "nix abgeschickt"): with <see cref="GivenUp"/>, as staying.</summary>
    public IReadOnlyList<string> NotSent { get; init; } = [];

    /// <summary>All is well now ("passt jetzt", "the new plan is fine"): with <see cref="GivenUp"/>, as staying.</summary>
    public IReadOnlyList<string> Settled { get; init; } = [];

    /// <summary>Words that undo a cue standing next to them ("niet", "not", "nicht").</summary>
    public IReadOnlyList<string> Negations { get; init; } = [];

    /// <summary>Words after a negation that make it a leaving cue instead ("meer", "mehr", "longer", "anymore").</summary>
    public IReadOnlyList<string> NegationContinuations { get; init; } = [];

    /// <summary>The words of a short answer that only thanks ("Vielen Dank!", "top, bedankt", "thank you very much").</summary>
    public IReadOnlyList<string> Courtesies { get; init; } = [];

    /// <summary>Emoji that alone only thank or agree (👍, ❤): a message of nothing else is not read as leaving.</summary>
    public IReadOnlyList<string> CourtesyEmoji { get; init; } = [];
}
