namespace Intake.Core.Classification.SafetyNet;

/// <summary>Safety-net cues indexed by the first letter of their first word, so a token is only tried against cues that can start with it.</summary>
internal sealed class NetCueIndex
{
    private readonly Dictionary<char, NetCue[]> byFirstLetter;
    private readonly NetCue[] anyLetter;
    private readonly HashSet<string> typoExclusions;

    public NetCueIndex(IEnumerable<NetCue> cues, HashSet<string> typoExclusions)
    {
        var all = cues.ToArray();
        byFirstLetter = all.SelectMany(c => c.First.FirstLetters.Select(letter => (letter, c)))
            .GroupBy(p => p.letter, p => p.c).ToDictionary(g => g.Key, g => g.ToArray());
        anyLetter = all.Where(c => !c.First.FirstLetters.Any()).ToArray();
        this.typoExclusions = typoExclusions;
    }

    /// <summary>Every cue found in the sentence, with where it starts and the index after its last word.</summary>
    public IEnumerable<(NetCue Cue, int Start, int End)> Find(List<string> sentence)
    {
        for (var i = 0; i < sentence.Count; i++)
        {
            // A word that only looks like a cue ("verstrekt", "Anmeldung") is no cue.
            if (typoExclusions.Contains(sentence[i])) continue;
            var sameLetter = byFirstLetter.TryGetValue(sentence[i][0], out var cues) ? cues : [];
            foreach (var cue in sameLetter.Concat(anyLetter))
            {
                if (cue.EndAt(sentence, i) is var end and >= 0) yield return (cue, i, end);
            }
        }
    }
}
