namespace Intake.Core.Classification;

/// <summary>
/// The "answers" section of a phrase file: how a short reply says yes or no ("JA", "nee hoor", "passt", 👍), and the
/// words by which a quoted question asks to keep a contract rather than end it ("Wilt u uw abonnement behouden?").
/// </summary>
internal sealed record AnswerPhrases
{
    public IReadOnlyList<string> Yes { get; init; } = [];
    public IReadOnlyList<string> No { get; init; } = [];
    public IReadOnlyList<string> Keep { get; init; } = [];

    /// <summary>Words of a question that offers something instead of ending ("pause your deliveries instead of cancelling?").</summary>
    public IReadOnlyList<string> Alternatives { get; init; } = [];

    /// <summary>Words that ask for a yes without a question mark ("Please confirm you'd like it to end on 31 December.").</summary>
    public IReadOnlyList<string> ConfirmRequests { get; init; } = [];

    /// <summary>Words that put an option's number or keyword after them: "Kies 1", "Reply END", "Antworten Sie mit ENDE".</summary>
    public IReadOnlyList<string> OptionVerbs { get; init; } = [];

    /// <summary>Words between such a verb and its keyword: "Sie", "mit", "with".</summary>
    public IReadOnlyList<string> OptionFillers { get; init; } = [];

    /// <summary>The word that joins one option to the next: "or", "of", "oder".</summary>
    public IReadOnlyList<string> OptionJoins { get; init; } = [];
}
