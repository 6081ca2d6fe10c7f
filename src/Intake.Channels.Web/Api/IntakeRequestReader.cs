using System.Globalization;
using System.Text.Json;
using Intake.Core.Identity;
using Intake.Core.Model;
using ChannelValues = Intake.Core.Model.Channels;

namespace Intake.Channels.Web.Api;

/// <summary>Checks an intake request's body; every problem becomes a message for the caller, never an exception.</summary>
internal static class IntakeRequestReader
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static (InboundMessage? Message, Dictionary<string, string[]> Errors) Parse(byte[] body, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        IntakeRequest? request;
        try
        {
            request = JsonSerializer.Deserialize<IntakeRequest>(body, Json);
        }
        catch (JsonException e)
        {
            errors["body"] = [$"Body is not valid JSON ({e.Message.Split('.')[0]})."];
            return (null, errors);
        }
        if (request is null)
        {
            errors["body"] = ["Body must be a JSON object."];
            return (null, errors);
        }

        var channel = string.IsNullOrWhiteSpace(request.Channel) ? ChannelValues.Api : request.Channel.Trim();
        if (!ChannelValues.IsKnown(channel)) errors["channel"] = [$"Unknown channel; use one of {string.Join(", ", ChannelValues.All)}."];
        if (request.ReplyChannel is { } reply && !ChannelValues.IsKnown(reply)) errors["replyChannel"] = ["Unknown reply channel."];
        if (string.IsNullOrWhiteSpace(request.ExternalId)) errors["externalId"] = ["Required: the provider's id of the message (the dedupe key)."];
        else if (request.ExternalId.Length > 200) errors["externalId"] = ["At most 200 characters."];
        if (string.IsNullOrWhiteSpace(request.Text)) errors["text"] = ["Required: what the customer wrote."];
        var from = string.IsNullOrWhiteSpace(request.From) ? null : SenderAddress.Normalise(request.From);
        if (from is null || from.Length > 254 || from.Any(char.IsWhiteSpace))
            errors["from"] = ["Required: the sender's email address, phone number or X user id."];
        var receivedAt = now;
        if (request.ReceivedAt is { } at)
        {
            if (!DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out receivedAt))
                errors["receivedAt"] = ["Not an ISO-8601 time (e.g. 2026-11-24T09:30:00+01:00)."];
            else if (receivedAt > now.AddMinutes(5))
                errors["receivedAt"] = ["Lies in the future."];
        }
        if (errors.Count > 0) return (null, errors);

        return (new InboundMessage
        {
            Channel = channel,
            ProviderMessageId = request.ExternalId!.Trim(),
            ReceivedAt = receivedAt.ToUniversalTime(),
            SenderAddress = from!,
            DisplayName = request.Name,
            Subject = request.Subject,
            Text = request.Text!,
            ReplyChannel = request.ReplyChannel,
        }, errors);
    }
}
