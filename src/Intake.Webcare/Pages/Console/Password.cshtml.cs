using Intake.Core.Console;
using Intake.Webcare.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Intake.Webcare.Pages.Console;

/// <summary>
/// A staff member changes their own password (the current one required); every other session of the account ends.
/// After an admin reset this is the only page open until it is done.
/// </summary>
public sealed class PasswordModel(IStaffUsers users, IStaffLifecycle lifecycle, IPasswordHasher<StaffUser> hasher, StaffSignIn signIn)
    : ConsolePageModel
{
    public const string Path = "/console/password";

    /// <summary>A text key saying why the new password was refused.</summary>
    public string? Message { get; private set; }

    protected override bool OpenDuringPasswordChange => true;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? current, string? password, string? confirm, CancellationToken cancellationToken)
    {
        var id = User.StaffId();
        var user = await users.FindAsync(id, cancellationToken) ?? throw new InvalidOperationException("A signed-in staff member has no account.");
        Message = Refusal(user, current ?? "", password ?? "", confirm ?? "");
        if (Message is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        await lifecycle.ChangePasswordAsync(id, hasher.HashPassword(user, password!), cancellationToken);
        // The change raised the session version: this session gets a cookie with the new one, every other session ends.
        await signIn.RefreshAsync(HttpContext, id, cancellationToken);
        Done = "done.password-changed";
        return Redirect("/console");
    }

    private string? Refusal(StaffUser user, string current, string password, string confirm)
    {
        if (hasher.VerifyHashedPassword(user, user.PasswordHash, current) == PasswordVerificationResult.Failed) return "password.wrong-current";
        if (password.Length < StaffPasswordHash.MinimumLength) return "password.too-short";
        if (!string.Equals(password, confirm, StringComparison.Ordinal)) return "password.mismatch";
        return string.Equals(password, current, StringComparison.Ordinal) ? "password.same" : null;
    }
}
