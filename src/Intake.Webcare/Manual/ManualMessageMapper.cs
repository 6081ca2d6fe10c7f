using System.Globalization;
using System.Text;
using Intake.Core.Model;
using Intake.Core.Pipeline;
using Microsoft.AspNetCore.Http.Extensions;
using ChannelValues = Intake.Core.Model.Channels;

namespace Intake.Webcare.Manual;

/// <summary>Turns a manual intake into the raw payload kept as evidence (with who entered it, when) and the message the pipeline accepts.</summary>
internal static class ManualMessageMapper
{
    public const string ContentType = "application/x-www-form-urlencoded";
    public const string EnteredBy = "enteredBy";
    public const string EnteredAt = "enteredAt";

    public static RawPayload Raw(ManualIntakeForm form, string actor, DateTimeOffset now)
    {
        var fields = form.Fields().Append(new(EnteredBy, actor))
            .Append(new(EnteredAt, now.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture)));
        var body = new QueryBuilder(fields).ToQueryString().Value?.TrimStart('?') ?? "";
        return new RawPayload(ChannelValues.Manual, form.Submission, ContentType, Encoding.UTF8.GetBytes(body), now);
    }

    public static InboundMessage Inbound(ManualIntakeForm form)
    {
        var stated = form.Declaration == ManualIntakeForm.Automatic ? null : form.Declaration;
        return new InboundMessage
        {
            Channel = ChannelValues.Manual,
            ProviderMessageId = form.Submission,
            // The receipt time is when the customer declared it (the call, the letter's arrival), not when staff typed it.
            ReceivedAt = form.ReceivedAtUtc ?? throw new FormatException("The manual intake has no receipt time."),
            SenderAddress = form.Sender ?? throw new FormatException("The manual intake has no email address, phone number or postal address."),
            DisplayName = form.Name.Length == 0 ? null : form.Name,
            Subject = form.Source == ManualIntakeForm.Letter ? "letter" : "phone call",
            Text = form.Text,
            Stated = new StatedDetails
            {
                Kind = stated,
                AccountNumber = form.AccountNumber.Length == 0 ? null : form.AccountNumber,
                Language = stated is null ? null : form.Language,
                PostalKey = form.Address?.Key,
            },
        };
    }
}
