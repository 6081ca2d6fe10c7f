using System.Text.RegularExpressions;

namespace Intake.Channels.Email.Inbound;

/// <summary>Finds a case reference (C-2026-000123) a customer kept in the subject of a reply.</summary>
internal static partial class CaseReferences
{
    public static string? InSubject(string? subject) => subject is not null && Reference().Match(subject) is { Success: true } m ? m.Value : null;

    /// <summary>The subject with the reference added when it lacks it, so the case is named wherever the mail travels.</summary>
    public static string? WithReference(string? subject, string? reference) =>
        reference is null || (subject?.Contains(reference, StringComparison.Ordinal) ?? false)
            ? subject
            : $"{subject} [{reference}]".TrimStart();

    [GeneratedRegex(@"\bC-\d{4}-\d{6,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();
}
