namespace Intake.Core.Classification;

/// <summary>Names what a cue contributed, for staff and the classify command: "cue:opzeggen", "negation:niet", "question".</summary>
internal static class CueReasons
{
    public static IEnumerable<string> Describe(JudgedCue cue)
    {
        var match = cue.Hit.Match;
        if (match.IsTypo)
        {
            foreach (var typo in match.Typos)
            {
                yield return $"typo:{typo}";
            }
        }
        else
        {
            yield return cue.Hit.Category switch
            {
                CueCategory.Withdrawal => $"kind:withdrawal:{cue.Hit.Source}",
                CueCategory.Extraordinary => $"kind:extraordinary:{cue.Hit.Source}",
                CueCategory.Weak => $"weak:{cue.Hit.Source}",
                CueCategory.StopVerb => $"stop:{cue.Hit.Source}",
                CueCategory.Topic => $"topic:{cue.Hit.Source}",
                _ => $"cue:{cue.Hit.Source}",
            };
        }

        switch (cue.Standing)
        {
            case CueStanding.Negated:
                yield return $"negation:{cue.Detail}";
                break;
            case CueStanding.OtherObject:
                yield return $"object:{cue.Detail}";
                break;
            case CueStanding.Question or CueStanding.Conditional or CueStanding.Past or CueStanding.Reported or CueStanding.Consumed:
                yield return cue.Standing.ToString().ToLowerInvariant();
                break;
        }
    }
}
