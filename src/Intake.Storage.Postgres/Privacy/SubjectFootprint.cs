namespace Intake.Storage.Postgres.Privacy;

/// <summary>
/// Where one subject's personal data lies: the customer row (if any), the addresses and account numbers the
/// subject is known by (<see cref="Terms"/>), the subject's cases, and every message, reply, raw payload and call
/// that holds their data. <see cref="AffectedCases"/> adds the cases of the subject's messages and replies.
/// </summary>
internal sealed record SubjectFootprint(
    long? CustomerId, string[] Addresses, string[] Terms, long[] CaseIds, long[] MessageIds, long[] OutboundIds,
    long[] RawPayloadIds, string[] CallSids, long[] AffectedCases);
