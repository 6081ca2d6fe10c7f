using Intake.Core.Model;

namespace Intake.Core.Pipeline;

/// <summary>Turns a stored raw payload of one adapter back into a message, so quarantined payloads can be replayed.</summary>
public interface IRawPayloadReader
{
    /// <summary>The raw_payload channel value this reader understands.</summary>
    string Channel { get; }

    /// <summary>Maps the payload; throws FormatException (or ArgumentException) when it cannot be read.</summary>
    InboundMessage Read(long rawPayloadId, RawPayload payload);
}
