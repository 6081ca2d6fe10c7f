using Intake.Core.Identity;
using Intake.Core.Languages;
using Intake.Storage.Postgres.Webcare;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Intake.Webcare.Pages.Console;

/// <summary>Admins only: staff accounts, roles, unlocking, and new accounts with a password shown once.</summary>
public sealed class StaffModel(StaffUserStore users, IPasswordHasher<StaffUser> hasher, TimeProvider time) : ConsolePageModel
{
    public IReadOnlyList<StaffUser> Users { get; private set; } = [];
    public string? NewPassword { get; private set; }
    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(string email, string role, string language, CancellationToken cancellationToken)
    {
        if (SenderAddress.NormaliseEmail(email) is not { } normalised || !StaffRoles.IsKnown(role)) return Back(null, "refused.staff-input");
        var password = StaffPasswordHash.Generate();
        var placeholder = new StaffUser { Email = normalised, Role = role, PasswordHash = "", Language = language };
        var id = await users.CreateAsync(normalised, role, hasher.HashPassword(placeholder, password), SupportedLanguages.Normalise(language), cancellationToken);
        if (id is null) return Back(null, "refused.staff-exists");
        // Shown in this response only; never stored or logged in clear.
        NewPassword = password;
        await LoadAsync(cancellationToken);
        return Page();
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

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Now = time.GetUtcNow();
        Users = await users.ListAsync(cancellationToken);
    }
}
