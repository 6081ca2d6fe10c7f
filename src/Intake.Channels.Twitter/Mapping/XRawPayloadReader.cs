using Intake.Core.Model;

namespace Intake.Channels.Twitter.Mapping;

/// <summary>Reads every stored X payload shape again (webhook envelope, polled tweet, polled DM), for intake and replay.</summary>
internal sealed class XRawPayloadReader : IRawPayloadReader
{
    public string Channel => XPayloadFormats.RawChannel;

    public InboundMessage Read(RawPayload payload) => payload.ContentType switch
    {
        XPayloadFormats.AccountActivity => AccountActivityMapper.Map(payload.Body, payload.ReceivedAt),
        XPayloadFormats.V2Tweet => V2Mapper.MapTweet(payload.Body, payload.ReceivedAt),
        XPayloadFormats.V2DirectMessage => V2Mapper.MapDirectMessage(payload.Body, payload.ReceivedAt),
        _ => throw new FormatException($"unknown X payload type '{payload.ContentType}'"),
    };
}
