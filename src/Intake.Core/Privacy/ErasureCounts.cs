namespace Intake.Core.Privacy;

/// <summary>How many rows of each kind an erasure changed.</summary>
public sealed record ErasureCounts(
    int Customers, int Contracts, int Identities, int Cases, int Messages, int RawPayloads, int OutboundMessages,
    int Calls, int SmsOptOuts, int Notes, int Callbacks, int WebhookEvents);
