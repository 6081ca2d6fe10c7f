namespace Intake.Core.Classification;

/// <summary>One rank of account-number labels in a phrase file: the label's spellings, and label words that survive a typo.</summary>
internal sealed record AccountLabel
{
    /// <summary>Regex of the label alone ("klant(?:en)?\s?-?\s?nummer|kl\.?-?nr"); the extractor reads the number after it.</summary>
    public string Pattern { get; init; } = "";

    /// <summary>Single label words that still count with one slip ("klantnumer", "acount"); six letters or more.</summary>
    public IReadOnlyList<string> TypoWords { get; init; } = [];
}
