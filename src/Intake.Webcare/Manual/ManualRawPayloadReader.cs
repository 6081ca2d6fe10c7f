using System.Globalization;
using System.Text;
using Intake.Core.Model;
using Intake.Core.Pipeline;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using ChannelValues = Intake.Core.Model.Channels;

namespace Intake.Webcare.Manual;

/// <summary>Reads a stored manual intake again, so a quarantined one can be replayed after a fix.</summary>
internal sealed class ManualRawPayloadReader : IRawPayloadReader
{
    public string Channel => ChannelValues.Manual;

    public InboundMessage Read(RawPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (payload.ContentType != ManualMessageMapper.ContentType) throw new FormatException($"Not a manual intake: {payload.ContentType}");
        var posted = new FormCollection(QueryHelpers.ParseQuery(Encoding.UTF8.GetString(payload.Body)));
        var form = ManualIntakeForm.Read(posted);
        // Judged against the moment it was entered, not today: a replay must not turn a valid intake invalid.
        var enteredAt = DateTimeOffset.TryParse(posted[ManualMessageMapper.EnteredAt], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at : payload.ReceivedAt;
        if (form.Validate(enteredAt) is { Count: > 0 } errors) throw new FormatException($"Stored manual intake is not valid: {errors.Keys.First()}");
        return ManualMessageMapper.Inbound(form with { Submission = payload.ProviderId ?? form.Submission });
    }
}
