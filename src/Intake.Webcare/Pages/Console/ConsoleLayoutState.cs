using Intake.Core.Console;

namespace Intake.Webcare.Pages.Console;

/// <summary>What every console page's frame shows: who is signed in, stopped channels, overdue callbacks, quarantine.</summary>
public sealed record ConsoleLayoutState(
    string Email, bool IsSupervisor, bool IsAdmin, IReadOnlyList<ChannelWarning> Warnings, int MyOverdueCallbacks, int Quarantined)
{
    public static ConsoleLayoutState Anonymous { get; } = new("", false, false, [], 0, 0);
    public bool SignedIn => Email.Length > 0;
}
