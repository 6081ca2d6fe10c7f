using System.Text.Json;
using Intake.Channels.Twitter.Api;
using Intake.Core.Cases;
using Intake.Core.Identity;
using Intake.Core.X;
using ChannelValues = Intake.Core.Model.Channels;

namespace Intake.Channels.Twitter.Sending;

/// <summary>
/// Sends an X reply: the full text by DM and, when the case came from a public mention (InReplyTo = tweet id), a
/// public reply without personal data. Each part is posted once, however often the row is retried.
/// </summary>
internal sealed class XReplySender(
    XApiClient api, IXReplyLedger ledger, ICaseJournal journal, XPublicReplier publicReplier, XIntake channel, TimeProvider time, ILogger<XReplySender> logger) : IReplySender
{
    public const string DmPart = "dm";

    // The receipt replies answer a mention in public once; a staff member's later reply (kind "reply") goes by DM only.
    private static readonly string[] PublicReplyKinds = ["confirmation", "acknowledgement", "identification-request"];

    public string Channel => ChannelValues.X;

    public async Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        var parts = await ledger.PartsAsync(message.Id, cancellationToken);
        var dmId = parts.GetValueOrDefault(DmPart);
        var dmClosed = false;
        if (dmId is null)
        {
            var response = await api.SendDirectMessageAsync(message.Recipient, message.Body, cancellationToken);
            if (response.Ok)
            {
                dmId = DmEventId(response);
                await ledger.RecordAsync(message.Id, DmPart, dmId, time.GetUtcNow(), cancellationToken);
            }
            else if (XApiOutcome.Transient(response, "DMs") is { } retry) return retry;
            else if (XApiOutcome.CredentialsRefused(response)) return Refused(response);
            else if (response.Status == 403) dmClosed = true;
            else return SendResult.Permanent($"X refused the DM: {response.Problem()}");
        }

        string? publicProblem = null;
        var answersInPublic = IsTweetId(message.InReplyTo) && PublicReplyKinds.Contains(message.Kind, StringComparer.Ordinal);
        if (answersInPublic && !parts.ContainsKey(XPublicReplier.Part))
        {
            var (stop, problem) = await publicReplier.ReplyAsync(message, dmClosed, cancellationToken);
            if (stop is not null) return stop;
            publicProblem = problem;
        }
        if (publicProblem is not null)
            logger.LogWarning("Reply {OutboundId} of case {CaseReference}: {Problem}", message.Id, message.CaseReference, publicProblem);

        if (dmId is not null) return SendResult.Sent(dmId);
        if (message.Kind == "reply")
            return SendResult.Permanent("X refused the DM: the customer's DMs are closed to us");
        // DMs closed (or the customer blocked us): the confirmation is owed until they open DMs or write in.
        await journal.AppendSystemEventAsync(message.CaseId, "confirmation_owed", new Dictionary<string, object?>
        {
            ["outboundId"] = message.Id, ["channel"] = ChannelValues.X, ["reason"] = "dms-closed",
            ["publicReply"] = answersInPublic && publicProblem is null,
        }, time.GetUtcNow(), cancellationToken);
        logger.LogWarning("Reply {OutboundId} of case {CaseReference}: X user {Recipient} does not accept our DMs; confirmation owed",
            message.Id, message.CaseReference, SenderAddress.Mask(message.Recipient));
        return SendResult.Permanent("confirmation owed: X refused the DM (the customer's DMs are closed to us)" +
                                    (answersInPublic && publicProblem is null ? "; the public reply asks them to open DMs or email the reference" : ""));
    }

    private SendResult Refused(XApiResponse response)
    {
        var reason = $"X refused our credentials for DMs ({response.Problem()}): check Intake:X access token and app permissions (dm.write)";
        channel.Broken(reason);
        logger.LogError("X channel: {Reason}", reason);
        return SendResult.Permanent(reason);
    }

    private static string DmEventId(XApiResponse response)
    {
        using var json = response.Json();
        return json.RootElement.TryGetProperty("data", out var data) && data.TryGetProperty("dm_event_id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()! : "unknown";
    }

    private static bool IsTweetId(string? value) => !string.IsNullOrEmpty(value) && value.All(char.IsAsciiDigit);
}
