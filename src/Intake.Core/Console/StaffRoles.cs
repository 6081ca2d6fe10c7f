namespace Intake.Core.Console;

/// <summary>The console's roles: agents work cases, supervisors also see escalations and reports, admins everything.</summary>
public static class StaffRoles
{
    public const string Agent = "agent";
    public const string Supervisor = "supervisor";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Agent, Supervisor, Admin];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);

    /// <summary>How much a role may do: agent 0, supervisor 1, admin 2; -1 for anything else.</summary>
    public static int Rank(string role) => role switch { Agent => 0, Supervisor => 1, Admin => 2, _ => -1 };
}
