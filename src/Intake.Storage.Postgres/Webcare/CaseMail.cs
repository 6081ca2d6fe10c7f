namespace Intake.Storage.Postgres.Webcare;

/// <summary>An email message of a case with its mail exactly as received (MIME, attachments included).</summary>
public sealed record CaseMail
{
    public long MessageId { get; init; }
    public required byte[] Raw { get; init; }
}
