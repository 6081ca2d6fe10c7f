namespace Intake.Core.Console;

/// <summary>What merging two cases does: the change to the case that remains and to the one closed as merged.</summary>
public sealed record CaseMerge(CaseChange Remaining, CaseChange Closed)
{
    /// <summary>Set when the merge is refused (a code the console explains); nothing is written then.</summary>
    public string? Refusal { get; init; }

    public static CaseMerge Refuse(LockedCase current, string refusal) =>
        new(CaseChange.Refuse(current, refusal), CaseChange.Refuse(current, refusal)) { Refusal = refusal };
}
