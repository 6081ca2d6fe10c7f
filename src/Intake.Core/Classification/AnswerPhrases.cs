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
}
