using Intake.Channels.Twitter.Mapping;

namespace Intake.Channels.Twitter.Webhooks;

/// <summary>
/// Cuts one webhook envelope into its tweet and DM events. The Account Activity API is read now; the newer X
/// Activity API's envelope gets a reader of its own beside it.
/// </summary>
internal interface IXEnvelopeReader
{
    /// <summary>True when the body is this reader's envelope (checked in order; the first that claims it reads it).</summary>
    bool Recognises(System.Text.Json.JsonElement root);

    /// <summary>The tweet and DM events in the envelope; other activity (likes, follows, typing) yields nothing.</summary>
    IReadOnlyList<XEvent> Events(System.Text.Json.JsonElement root);
}
