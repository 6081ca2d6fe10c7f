namespace Intake.Core.Classification;

/// <summary>The date vocabulary of one language.</summary>
internal sealed record DatePhrases
{
    /// <summary>Month number ("1".."12") to its names and abbreviations.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Months { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    public IReadOnlyList<string> Immediate { get; init; } = [];
    public IReadOnlyList<string> EndOfMonth { get; init; } = [];
    public IReadOnlyList<string> NextMonth { get; init; } = [];
    public IReadOnlyList<string> EndOfNextMonth { get; init; } = [];
    public IReadOnlyList<string> EndOfYear { get; init; } = [];

    /// <summary>"per morgen", "from tomorrow", "ab morgen": with its preposition, as "morgen" alone is also a greeting.</summary>
    public IReadOnlyList<string> Tomorrow { get; init; } = [];

    /// <summary>Words before a date that make it the requested date ("per", "zum", "as of").</summary>
    public IReadOnlyList<string> Prepositions { get; init; } = [];

    /// <summary>Words before a date that make it some other date ("sinds", "seit", "since").</summary>
    public IReadOnlyList<string> NotRequestedPrepositions { get; init; } = [];

    /// <summary>Words that introduce the end of a named month ("eind september", "Ende Mai").</summary>
    public IReadOnlyList<string> MonthEndWords { get; init; } = [];
}
