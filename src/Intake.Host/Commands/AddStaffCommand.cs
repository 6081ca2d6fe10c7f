using Intake.Core.Console;
using Intake.Core.Identity;
using Intake.Core.Languages;

namespace Intake.Host.Commands;

/// <summary>
/// <c>add-staff --email E --role R [--password-stdin] [--language nl|en|de]</c>: creates a console user. Without
/// --password-stdin a generated password is printed once on stdout; there is no default password.
/// </summary>
public static class AddStaffCommand
{
    private static readonly string Usage = "usage: add-staff --email E --role agent|supervisor|admin [--password-stdin] [--language " + string.Join('|', SupportedLanguages.All) + "]";

    public static async Task<int> RunAsync(
        IStaffUsers users, IReadOnlyList<string> args, TextReader stdin, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? email = null, role = null, language = SupportedLanguages.Default;
        var fromStdin = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--email" when i + 1 < args.Count: email = args[++i]; break;
                case "--role" when i + 1 < args.Count: role = args[++i]; break;
                case "--language" when i + 1 < args.Count: language = args[++i]; break;
                case "--password-stdin": fromStdin = true; break;
                default:
                    await stderr.WriteLineAsync($"unknown argument {args[i]}\n{Usage}".AsMemory(), ct);
                    return 2;
            }
        }
        var normalised = SenderAddress.NormaliseEmail(email);
        if (normalised is null || !StaffRoles.IsKnown(role) || !SupportedLanguages.IsSupported(language))
        {
            await stderr.WriteLineAsync(Usage.AsMemory(), ct);
            return 2;
        }

        var password = fromStdin ? (await stdin.ReadLineAsync(ct))?.TrimEnd('\r') : StaffPasswordHash.Generate();
        if (password is null || password.Length < StaffPasswordHash.MinimumLength)
        {
            await stderr.WriteLineAsync($"error: the password must be at least {StaffPasswordHash.MinimumLength} characters".AsMemory(), ct);
            return 2;
        }
        var id = await users.CreateAsync(normalised, role!, StaffPasswordHash.Create(password), language, ct);
        if (id is null)
        {
            await stderr.WriteLineAsync($"error: a staff user {SenderAddress.Mask(normalised)} already exists".AsMemory(), ct);
            return 1;
        }
        await stdout.WriteLineAsync($"created staff user {id} ({role})".AsMemory(), ct);
        if (!fromStdin) await stdout.WriteLineAsync($"password (shown once): {password}".AsMemory(), ct);
        return 0;
    }
}
