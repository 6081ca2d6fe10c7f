namespace Intake.Channels.Twitter.Mapping;

/// <summary>How one X event is stored in raw_payload: the channel value and a content type per envelope shape.</summary>
internal static class XPayloadFormats
{
    public const string RawChannel = "x";
    /// <summary>An Account Activity API envelope holding exactly one event (webhook).</summary>
    public const string AccountActivity = "application/json; profile=x-account-activity";
    /// <summary>{"data": tweet, "includes": {"users": [...]}} from the v2 mentions timeline (poll).</summary>
    public const string V2Tweet = "application/json; profile=x-v2-tweet";
    /// <summary>{"data": dm_event, "includes": {"users": [...]}} from v2 dm_events (poll).</summary>
    public const string V2DirectMessage = "application/json; profile=x-v2-dm-event";
}
