
namespace Intake.Host.Commands;

/// <summary>The arguments of erase-customer and export-customer: --account N | --address A, and (export only) --out FILE.</summary>
internal sealed record SubjectArguments(PrivacySubject Subject, string? OutFile)
{
    public static SubjectArguments? Parse(IReadOnlyList<string> args, bool allowOut)
    {
        string? account = null, address = null, outFile = null;
        for (var i = 0; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--account" when value is not null && account is null: account = value; break;
                case "--address" when value is not null && address is null: address = value; break;
                case "--out" when value is not null && allowOut && outFile is null: outFile = value; break;
                default: return null;
            }
        }
        return PrivacySubject.Create(account, address, out _) is { } subject ? new SubjectArguments(subject, outFile) : null;
    }

    /// <summary>The one line a command prints when the subject is unknown or ambiguous; no identifiers in it.</summary>
    public static string Explain(SubjectOutcome outcome) => outcome == SubjectOutcome.Ambiguous
        ? "error: this address is linked to more than one customer; use --account"
        : "unknown subject: nothing is held about this account number or address";
}
