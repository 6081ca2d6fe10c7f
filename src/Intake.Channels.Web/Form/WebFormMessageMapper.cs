using System.Text;
using Intake.Channels.Web.Form.Texts;
using Intake.Core.Identity;
using Intake.Core.Model;
using ChannelNames = Intake.Core.Model.Channels;
using Intake.Core.Pipeline;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace Intake.Channels.Web.Form;

/// <summary>Turns a valid form submission into the raw payload kept as evidence and the message the pipeline accepts.</summary>
internal static class WebFormMessageMapper
{
    public const string ContentType = "application/x-www-form-urlencoded";

    /// <summary>The posted fields as a form body, without the antiforgery token: a secret of the session, not of the declaration.</summary>
    public static RawPayload Raw(IFormCollection posted, string antiforgeryField, CancelForm form, DateTimeOffset receivedAt)
    {
        var fields = posted
            .Where(field => !string.Equals(field.Key, antiforgeryField, StringComparison.Ordinal))
            .Select(field => KeyValuePair.Create(field.Key, field.Value));
        var body = new QueryBuilder(fields).ToQueryString().Value?.TrimStart('?') ?? "";
        return new RawPayload(ChannelNames.Web, form.Submission, ContentType, Encoding.UTF8.GetBytes(body), receivedAt);
    }

    /// <summary>The message for a validated form: everything stated outright, so the classifier guesses nothing.</summary>
    public static InboundMessage Inbound(CancelForm form, WebText text, DateTimeOffset receivedAt)
    {
        var email = SenderAddress.NormaliseEmail(form.Email);
        var phone = SenderAddress.NormalisePhone(form.Phone);
        return new InboundMessage
        {
            Channel = ChannelNames.Web,
            ProviderMessageId = form.Submission,
            ReceivedAt = receivedAt,
            SenderAddress = email ?? phone ?? throw new ArgumentException("A validated form has an email address or a phone number."),
            DisplayName = form.Name,
            Text = CancellationSummary.Write(form, text),
            Stated = new StatedDetails
            {
                // The withdrawal function has one field for either number: it is tried as both.
                AccountNumber = Blank(form.AccountNumber) ?? (form.IsWithdrawal ? Blank(form.ContractNumber) : null),
                ContractId = Blank(form.ContractNumber),
                Kind = form.Kind,
                RequestedDate = CancelFormValidator.ParseDate(form.RequestedDate),
                Reason = Blank(form.Reason),
                ReasonText = Blank(form.ReasonText),
                Language = text.Language,
                ContactEmail = email,
                ContactPhone = phone,
            },
        };
    }

    private static string? Blank(string value) => value.Length == 0 ? null : value;
}
