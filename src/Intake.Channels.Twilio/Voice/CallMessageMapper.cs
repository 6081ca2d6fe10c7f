using System.Text.Json;
using Intake.Core.Identity;
using Intake.Core.Model;
using ChannelValues = Intake.Core.Model.Channels;
using Intake.Core.Voice;

namespace Intake.Channels.Twilio.Voice;

/// <summary>
/// Turns a call into its one inbound message (keyed by CallSid) and back: the payload stored raw is the call
/// record as the signed IVR steps built it, so a quarantined call can be replayed like any other payload.
/// </summary>
internal sealed class CallMessageMapper(VoicePromptBook prompts, string defaultCountryCode)
{
    public const string ContentType = "application/vnd.intake.twilio-call+json";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static RawPayload ToPayload(CallRecord call, string outcome, DateTimeOffset at) =>
        new("twilio", call.CallSid, ContentType, JsonSerializer.SerializeToUtf8Bytes(new CallPayload(call, outcome), Json), at);

    public InboundMessage Read(RawPayload payload)
    {
        var stored = JsonSerializer.Deserialize<CallPayload>(payload.Body, Json) ?? throw new InvalidDataException("Empty call payload.");
        return Map(stored.Call, stored.Outcome);
    }

    public InboundMessage Map(CallRecord call, string outcome)
    {
        var say = prompts.For(call.Language);
        var text = outcome switch
        {
            CallChoices.Confirmed => say.TranscriptConfirmed,
            CallChoices.Callback => say.TranscriptCallback,
            _ => say.TranscriptUnconfirmed,
        };
        if (call.AccountNumber is { } account) text += $" {say.AccountLabel}: {account}.";
        return new InboundMessage
        {
            Channel = ChannelValues.Voice,
            ProviderMessageId = call.CallSid,
            // The receipt time is when the caller chose, not when the call was finished or swept.
            ReceivedAt = call.DeclaredAt ?? call.StartedAt,
            // A withheld number still makes a case; its confirmation is owed and staff see that.
            SenderAddress = WithheldNumbers.IsWithheld(call.Caller) ? $"withheld:{call.CallSid.ToLowerInvariant()}"
                : SenderAddress.NormalisePhone(call.Caller, defaultCountryCode) ?? $"withheld:{call.CallSid.ToLowerInvariant()}",
            Text = text,
            ThreadReference = call.CallSid,
            Stated = new StatedDetails
            {
                // Only a confirmed declaration is stated; an unconfirmed one goes to review by its wording.
                Kind = outcome == CallChoices.Confirmed ? CancellationKinds.Ordinary : null,
                AccountNumber = call.AccountNumber,
                Language = call.Language,
            },
        };
    }

    private sealed record CallPayload(CallRecord Call, string Outcome);
}
