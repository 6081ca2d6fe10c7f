using System.Text;
using Intake.Channels.Web.Form.Texts;
using Intake.Core.Model;
using ChannelNames = Intake.Core.Model.Channels;
using Intake.Core.Pipeline;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Intake.Channels.Web.Form;

/// <summary>Reads a stored form submission again, so staff can replay it from quarantine after a fix.</summary>
internal sealed class WebFormRawPayloadReader : IRawPayloadReader
{
    public string Channel => ChannelNames.Web;

    public InboundMessage Read(RawPayload payload)
    {
        if (payload.ContentType != WebFormMessageMapper.ContentType)
            throw new FormatException($"Not a web form submission: {payload.ContentType}");
        var posted = new FormCollection(QueryHelpers.ParseQuery(Encoding.UTF8.GetString(payload.Body)));
        var text = WebLanguages.Choose(posted[CancelFormFields.Language]);
        var form = CancelForm.Read(posted, text.Language);
        // Validated when it arrived; the date rule is judged at the receipt date, not today.
        var today = AmsterdamTime.Today(payload.ReceivedAt);
        if (CancelFormValidator.Validate(form, text, today) is [var first, ..])
            throw new FormatException($"Stored web form is not valid: {first.Field}");
        // The stored id keeps the replay deduplicated against a submission that did get through.
        return WebFormMessageMapper.Inbound(form with { Submission = payload.ProviderId ?? form.Submission }, text, payload.ReceivedAt);
    }
}
