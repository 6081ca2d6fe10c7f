using System.Globalization;
using Intake.Core.Console;
using Intake.Core.Identity;
using Intake.Core.Languages;
using Intake.Webcare.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Intake.Webcare.Pages.Console;

/// <summary>
/// Admins only: staff accounts, roles, unlocking, deactivation and reactivation, password resets, new accounts with a
/// password shown once, and the latest account events.
/// </summary>
public sealed class StaffModel(IStaffUsers users, IStaffLifecycle lifecycle, IPasswordHasher<StaffUser> hasher, TimeProvider time)
    : ConsolePageModel
{
    public IReadOnlyList<StaffUser> Users { get; private set; } = [];
    public IReadOnlyList<StaffAuditEntry> Events { get; private set; } = [];
    public string? NewPassword { get; private set; }
    /// <summary>The text key that introduces <see cref="NewPassword"/>: a new account or a reset.</summary>
    public string NewPasswordNote { get; private set; } = "staff.passwordOnce";
    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(string email, string role, string language, CancellationToken cancellationToken)
    {
        if (SenderAddress.NormaliseEmail(email) is not { } normalised || !StaffRoles.IsKnown(role)) return Back(null, "refused.staff-input");
        var password = StaffPasswordHash.Generate();
        var placeholder = new StaffUser { Email = normalised, Role = role, PasswordHash = "", Language = language };
        var id = await users.CreateAsync(normalised, role, hasher.HashPassword(placeholder, password), SupportedLanguages.Normalise(language), cancellationToken);
        if (id is null) return Back(null, "refused.staff-exists");
        return await ShowPasswordOnceAsync(password, "staff.passwordOnce", cancellationToken);
    }

    public async Task<IActionResult> OnPostRoleAsync(long id, string role, CancellationToken cancellationToken)
    {
        if (!StaffRoles.IsKnown(role)) return Back(null, "refused.staff-input");
        await users.SetRoleAsync(id, role, cancellationToken);
        return Back("done.saved");
    }

    public async Task<IActionResult> OnPostUnlockAsync(long id, CancellationToken cancellationToken)
    {
        await users.UnlockAsync(id, cancellationToken);
        return Back("done.unlocked");
    }

    public async Task<IActionResult> OnPostDeactivateAsync(long id, CancellationToken cancellationToken)
    {
        if (id == User.StaffId()) return Back(null, "refused.staff-self");
        return await lifecycle.DeactivateAsync(id, User.Actor(), cancellationToken) ? Back("done.deactivated") : Back(null, "refused.not-found");
    }

    public async Task<IActionResult> OnPostReactivateAsync(long id, CancellationToken cancellationToken) =>
        await lifecycle.ReactivateAsync(id, User.Actor(), cancellationToken) ? Back("done.reactivated") : Back(null, "refused.not-found");

    /// <summary>Sets the password the admin typed, or a generated one shown once; the user must change it at next sign-in.</summary>
    public async Task<IActionResult> OnPostResetAsync(long id, string? password, CancellationToken cancellationToken)
    {
        if (id == User.StaffId()) return Back(null, "refused.staff-self");
        var generated = string.IsNullOrEmpty(password);
        var temporary = generated ? StaffPasswordHash.Generate() : password!;
        if (temporary.Length < StaffPasswordHash.MinimumLength) return Back(null, "password.too-short");
        if (await users.FindAsync(id, cancellationToken) is not { } user) return Back(null, "refused.not-found");
        await lifecycle.ResetPasswordAsync(id, hasher.HashPassword(user, temporary), generated, User.Actor(), cancellationToken);
        return generated ? await ShowPasswordOnceAsync(temporary, "staff.resetOnce", cancellationToken) : Back("done.password-reset");
    }

    public string EmailOf(long id) => Users.FirstOrDefault(u => u.Id == id)?.Email ?? id.ToString(CultureInfo.InvariantCulture);

    /// <summary>An audit actor as the page shows it: the staff member's email address for staff:&lt;id&gt;.</summary>
    public string Who(string actor) =>
        actor.StartsWith("staff:", StringComparison.Ordinal) && long.TryParse(actor.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? EmailOf(id) : actor;

    // Shown in this response only; never stored or logged in clear.
    private async Task<IActionResult> ShowPasswordOnceAsync(string password, string note, CancellationToken cancellationToken)
    {
        NewPassword = password;
        NewPasswordNote = note;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Now = time.GetUtcNow();
        Users = await users.ListAsync(cancellationToken);
        Events = await lifecycle.RecentEventsAsync(50, cancellationToken);
    }
}
