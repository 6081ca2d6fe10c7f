namespace Intake.Core.Email;

/// <summary>Finds which case a Message-Id belongs to (our replies and the customer's mails), and the mail a reply answers.</summary>
public interface IEmailThreads
{
    /// <summary>The reference of the newest case one of <paramref name="messageIds"/> (In-Reply-To, References) belongs to.</summary>
    Task<string?> FindCaseReferenceAsync(IReadOnlyCollection<string> messageIds, CancellationToken cancellationToken);

    /// <summary>The customer's mail with Message-Id <paramref name="messageId"/>, or null when we never received it.</summary>
    Task<RepliedMail?> FindMailAsync(string messageId, CancellationToken cancellationToken);
}
