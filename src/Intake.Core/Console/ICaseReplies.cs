using Intake.Core.Pipeline;

namespace Intake.Core.Console;

/// <summary>Staff replies (kind 'reply', any number of them) and re-sends of failed replies, each with its audit event.</summary>
public interface ICaseReplies
{
    /// <summary>Queues a reply; <paramref name="compose"/> gets the locked case and the message it answers. Null when either is unknown.</summary>
    Task<long?> QueueReplyAsync(
        string reference, long messageId, string actor, Func<LockedCase, CaseMessage, NewOutbound> compose, CancellationToken cancellationToken);

    /// <summary>Puts a failed or undelivered reply of the case back in the queue, due now; false when there is none such.</summary>
    Task<bool> ResendAsync(string reference, long outboundId, string actor, CancellationToken cancellationToken);
}
