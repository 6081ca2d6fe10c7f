namespace Intake.Core.Letters;

/// <summary>The letters staff print and post: listed, downloaded as PDF, and marked posted.</summary>
public interface IPrintQueue
{
    /// <summary>Letters not yet posted (oldest first), then those posted since <paramref name="postedSince"/> (newest first); a page of them.</summary>
    Task<IReadOnlyList<LetterToPrint>> ListAsync(DateTimeOffset postedSince, int offset, int limit, CancellationToken cancellationToken);

    /// <summary>The letter's PDF; null when there is none (unknown, or erased).</summary>
    Task<byte[]?> ReadPdfAsync(long outboundId, CancellationToken cancellationToken);

    /// <summary>
    /// Records that staff posted the letter: the reply counts as sent and the case gets a <c>letter_posted</c> event by
    /// <paramref name="actor"/>. False when there is no such letter or it was already marked posted.
    /// </summary>
    Task<bool> MarkPostedAsync(long outboundId, string actor, CancellationToken cancellationToken);
}
