namespace Intake.Core.OtherMessages;

/// <summary>Messages the classifier filed as <c>other</c> that are in no case: the console's "not a cancellation" queue.</summary>
public interface IOtherMessageQueue
{
    /// <summary>The messages matching <paramref name="query"/>, newest first, at most its limit, with how many match in all.</summary>
    Task<OtherMessagePage> ListAsync(OtherMessageQuery query, CancellationToken cancellationToken);

    /// <summary>How many still wait for a look (not reviewed), on one channel or all.</summary>
    Task<int> CountAsync(string? channel, CancellationToken cancellationToken);
}
