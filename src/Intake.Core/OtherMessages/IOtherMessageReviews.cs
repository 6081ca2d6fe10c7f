namespace Intake.Core.OtherMessages;

/// <summary>What staff made of <c>other</c> messages: "not a cancellation, done", and the classifier's live miss rate.</summary>
public interface IOtherMessageReviews
{
    /// <summary>Marks a queued message as looked at; false when it is not in the queue (unknown, in a case, or not other).</summary>
    Task<bool> MarkReviewedAsync(long messageId, string actor, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Of the <c>other</c> messages received since <paramref name="since"/>, how many staff turned into cancellations.</summary>
    Task<MissRate> MissRateAsync(DateTimeOffset since, CancellationToken cancellationToken);
}
