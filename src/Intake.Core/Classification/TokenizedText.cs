namespace Intake.Core.Classification;

/// <summary>A message as the classifier reads it: the normalised text and its sentences.</summary>
internal sealed record TokenizedText(string Normalized, IReadOnlyList<Sentence> Sentences)
{
    /// <summary>The sentence a character of <see cref="Normalized"/> belongs to, or -1 between sentences.</summary>
    public int SentenceAt(int offset)
    {
        for (var i = 0; i < Sentences.Count; i++)
        {
            if (offset >= Sentences[i].Start && offset < Sentences[i].End)
            {
                return i;
            }
        }

        return -1;
    }
}
