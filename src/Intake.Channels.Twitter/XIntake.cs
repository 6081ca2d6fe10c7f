using Intake.Channels.Twitter.Mapping;
using Intake.Core.Observability;
using ChannelValues = Intake.Core.Model.Channels;

namespace Intake.Channels.Twitter;

/// <summary>
/// Hands one X event to the gateway, whether the webhook or a poll brought it: our own posts and DMs are
/// skipped before anything is stored; everything else is stored raw first and deduplicated by its X id.
/// </summary>
internal sealed class XIntake(IntakeGateway gateway, XRawPayloadReader reader, IOptions<XOptions> options, ChannelHeartbeats heartbeats, TimeProvider time)
{
    /// <summary>The gateway's result, or null for our own echo (never input).</summary>
    public async Task<GatewayResult?> ReceiveAsync(XEvent xEvent, CancellationToken cancellationToken)
    {
        if (IsOwn(xEvent.AuthorId)) return null;
        var payload = new RawPayload(XPayloadFormats.RawChannel, xEvent.Id.Length == 0 ? null : xEvent.Id, xEvent.ContentType, xEvent.Body, time.GetUtcNow());
        return await gateway.ReceiveAsync(payload, () => reader.Read(payload), cancellationToken);
    }

    public bool IsOwn(string authorId) => string.Equals(authorId, options.Value.AccountId, StringComparison.Ordinal);

    /// <summary>A webhook or poll got through: the channel is alive.</summary>
    public void Alive() => heartbeats.Beat(ChannelValues.X);

    /// <summary>X refused us (credentials, permissions): readiness and the console show staff why.</summary>
    public void Broken(string reason) => heartbeats.Fail(ChannelValues.X, reason);
}
