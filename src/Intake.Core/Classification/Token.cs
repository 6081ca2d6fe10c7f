namespace Intake.Core.Classification;

/// <summary>
/// One word of a sentence: its normalised text, its folded comparison key, the clause it sits in and its segment
/// (the stretch between punctuation marks, which a pattern gap may not cross), and whether it stands between quotation
/// marks (a button's or a receipt's own words: "I pressed 'Cancel my plan'").
/// </summary>
internal readonly record struct Token(string Text, string Key, int Clause, int Segment, bool Quoted = false);
