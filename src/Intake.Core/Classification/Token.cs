namespace Intake.Core.Classification;

/// <summary>
/// One word of a sentence: its normalised text, its folded comparison key, the clause it sits in and its segment
/// (the stretch between punctuation marks, which a pattern gap may not cross).
/// </summary>
internal readonly record struct Token(string Text, string Key, int Clause, int Segment);
