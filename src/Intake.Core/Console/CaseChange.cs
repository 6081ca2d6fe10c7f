using Intake.Core.Pipeline;

namespace Intake.Core.Console;

/// <summary>What a staff decision does to a locked case: the case as it becomes, its events, replies and an address to link.</summary>
public sealed record CaseChange(LockedCase Updated, IReadOnlyList<StaffEvent> Events, IReadOnlyList<NewOutbound> Replies)
{
    /// <summary>Set when the decision refuses (a code the console explains); nothing is written then.</summary>
    public string? Refusal { get; init; }

    /// <summary>The sender address (kind, normalised value) to link to the case's customer, verified by staff.</summary>
    public (string Kind, string Value)? LinkAddress { get; init; }

    public static CaseChange Refuse(LockedCase current, string refusal) => new(current, [], []) { Refusal = refusal };
}
