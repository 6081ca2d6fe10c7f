namespace Intake.Core.Classification;

/// <summary>
/// The "mail" section of a phrase file: what a mail client writes in this language, so a reply's subject, an
/// out-of-office reply and a read receipt are known for what they are (<see cref="MailConventions"/>).
/// </summary>
internal sealed record MailPhrases
{
    /// <summary>Subject prefixes of a reply or a forward ("Re", "AW", "WG"), written before a colon.</summary>
    public IReadOnlyList<string> ReplyPrefixes { get; init; } = [];

    /// <summary>Words an out-of-office reply's subject opens with ("Automatic reply", "Abwesenheitsnotiz").</summary>
    public IReadOnlyList<string> AutoReplySubjects { get; init; } = [];

    /// <summary>Out-of-office prefixes written before a colon ("OOO:", "Afwezig:"); a trailing * takes any ending.</summary>
    public IReadOnlyList<string> AutoReplyPrefixes { get; init; } = [];

    /// <summary>Subject prefixes of a read receipt ("Read", "Gelezen"), written before a colon.</summary>
    public IReadOnlyList<string> ReadReceiptPrefixes { get; init; } = [];

    /// <summary>Words of a read receipt's body ("was read on", "wurde am ... gelesen"; "..." stands for up to 60 characters).</summary>
    public IReadOnlyList<string> ReadReceiptBodies { get; init; } = [];
}
