using Intake.Core.Model;

namespace Intake.Core.Pipeline;

/// <summary>Turns a stored raw payload of one adapter back into a message, so quarantined payloads can be replayed.</summary>
public interface IRawPayloadReader
{
    /// <summary>The raw_payload channel value this reader understands.</summary>
    string Channel { get; }

    /// <summary>The message channels its payloads become (by default the raw channel itself; Twilio's serves sms, whatsapp and voice).</summary>
    IReadOnlyList<string> MessageChannels => [Channel];

    /// <summary>Maps the payload; throws FormatException (or ArgumentException) when it cannot be read.</summary>
    InboundMessage Read(RawPayload payload);
}
