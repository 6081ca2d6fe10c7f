namespace Intake.Channels.Twitter.Mapping;

/// <summary>
/// One tweet or DM event cut out of whatever envelope brought it, as the bytes to store: the dedupe id is the
/// tweet id or DM event id, so webhook and poll deliveries of the same event are one message.
/// </summary>
internal sealed record XEvent(string Id, string AuthorId, string ContentType, byte[] Body);
