using Intake.Core.Model;
using Intake.Core.Pipeline;

namespace Intake.Channels.Web.Api;

/// <summary>Reads a stored API intake body again, for replay from quarantine.</summary>
internal sealed class ApiRawPayloadReader : IRawPayloadReader
{
    public const string RawChannel = "api";

    public string Channel => RawChannel;

    public InboundMessage Read(RawPayload payload)
    {
        // Validated at receipt already; the original receipt time stays the stored one.
        var (message, errors) = IntakeRequestReader.Parse(payload.Body, payload.ReceivedAt);
        return message ?? throw new FormatException(string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
    }
}
