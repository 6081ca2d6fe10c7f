using System.Globalization;
using Intake.Core.Console;
using Intake.Core.Identity;

namespace Intake.Host.Commands;

/// <summary>
/// <c>deactivate-staff EMAIL</c> and <c>reactivate-staff EMAIL</c>: a deactivated account cannot sign in and its
/// sessions end at their next request. Exit 0 done (or already so), 1 no such account, 2 usage.
/// </summary>
public static class StaffActivationCommand
{
    public static async Task<int> RunAsync(
        IStaffUsers users, IStaffLifecycle lifecycle, bool activate, IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(args);
        var name = activate ? "reactivate-staff" : "deactivate-staff";
        if (args.Count != 1 || SenderAddress.NormaliseEmail(args[0]) is not { } email)
        {
            await stderr.WriteLineAsync($"usage: {name} EMAIL".AsMemory(), ct);
            return 2;
        }
        if (await users.FindByEmailAsync(email, ct) is not { } user)
        {
            await stderr.WriteLineAsync($"error: no staff user {SenderAddress.Mask(email)}".AsMemory(), ct);
            return 1;
        }
        var changed = activate
            ? await lifecycle.ReactivateAsync(user.Id, IStaffLifecycle.CommandLineActor, ct)
            : await lifecycle.DeactivateAsync(user.Id, IStaffLifecycle.CommandLineActor, ct);
        var id = user.Id.ToString(CultureInfo.InvariantCulture);
        var outcome = (changed, activate) switch
        {
            (true, true) => "reactivated",
            (true, false) => "deactivated",
            (false, true) => "was already active",
            (false, false) => "was already deactivated",
        };
        await stdout.WriteLineAsync($"staff user {id} {outcome}".AsMemory(), ct);
        return 0;
    }
}
