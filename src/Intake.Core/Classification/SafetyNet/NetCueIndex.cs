namespace Intake.Core.Classification.SafetyNet;

/// <summary>Safety-net cues indexed by the first letter of their first word, so a token is only tried against cues that can start with it.</summary>
internal sealed class NetCueIndex
{
    private readonly Dictionary<char, NetCue[]> byFirstLetter;
    private readonly NetCue[] anyLetter;
    private readonly HashSet<string> typoExclusions;

    /// <summary>Per word, the cues whose first word it is: trying every cue of the same first letter on each word (typos included) was most of the net's time.</summary>
    private readonly WordMemory<NetCue[]> startingWith;

    public NetCueIndex(IEnumerable<NetCue> cues, HashSet<string> typoExclusions)
    {
        var all = cues.ToArray();
        byFirstLetter = all.SelectMany(c => c.First.FirstLetters.Select(letter => (letter, c)))
            .GroupBy(p => p.letter, p => p.c).ToDictionary(g => g.Key, g => g.ToArray());
        anyLetter = all.Where(c => !c.First.FirstLetters.Any()).ToArray();
        this.typoExclusions = typoExclusions;
        startingWith = new WordMemory<NetCue[]>(CuesStartingWith);
    }

    /// <summary>Every cue found in the sentence, with where it starts and the index after its last word.</summary>
    public IEnumerable<(NetCue Cue, int Start, int End)> Find(List<string> sentence)
    {
        for (var i = 0; i < sentence.Count; i++)
        {
            foreach (var cue in startingWith.Of(sentence[i]))
            {
                if (cue.EndAfterFirst(sentence, i) is var end and >= 0) yield return (cue, i, end);
            }
        }
    }

    /// <summary>The cues whose first word the word is, in index order.</summary>
    private NetCue[] CuesStartingWith(string word) =>
        // A word that only looks like a cue ("verstrekt", "Anmeldung") is no cue.
        typoExclusions.Contains(word) ? []
            : (byFirstLetter.TryGetValue(word[0], out var sameLetter) ? sameLetter : []).Concat(anyLetter).Where(c => c.First.Matches(word)).ToArray();
}
