namespace Intake.Core.X;

/// <summary>What an X reply has already posted (DM, public reply) so a retried send skips it, and what the public reply must not say.</summary>
public interface IXReplyLedger
{
    /// <summary>The parts of outbox row <paramref name="outboundId"/> that X already accepted: part → provider id.</summary>
    Task<IReadOnlyDictionary<string, string>> PartsAsync(long outboundId, CancellationToken cancellationToken);

    Task RecordAsync(long outboundId, string part, string providerId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// Every personal detail we hold for the case and the X user: customer name, account number, email, phone,
    /// product and contract id, and the names the user showed on X. The public reply must contain none of them.
    /// </summary>
    Task<IReadOnlyList<string>> PersonalValuesAsync(long caseId, string xUserId, CancellationToken cancellationToken);
}
