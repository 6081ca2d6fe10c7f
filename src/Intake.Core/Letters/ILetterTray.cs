namespace Intake.Core.Letters;

/// <summary>Where the letter sender leaves a reply's printed letter for staff to post.</summary>
public interface ILetterTray
{
    /// <summary>Keeps the PDF of the reply <paramref name="outboundId"/>; a letter already made for it stays as it was (a re-run makes no second one).</summary>
    Task AddAsync(long outboundId, byte[] pdf, DateTimeOffset at, CancellationToken cancellationToken);
}
