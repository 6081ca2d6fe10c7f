using Intake.Channels.Web.Form.Html;
using Intake.Channels.Web.Form.Texts;
using Intake.Core.Cases;
using Intake.Core.Identity;
using Intake.Core.Model;
using ChannelNames = Intake.Core.Model.Channels;

namespace Intake.Channels.Web.Form;

/// <summary>Renders the receipt shown right after the button: reference, receipt time, end date and what is cancelled.</summary>
internal static class ReceiptPage
{
    public static string Render(WebText text, CaseView @case, Func<string, string> languageHref) =>
        PageLayout.Render(text, text.ReceiptTitle, languageHref, html =>
        {
            var what = @case.Product ?? text.YourContract;
            if (@case.Kind is { } kind && text.Kinds.TryGetValue(kind, out var kindLabel)) what = $"{what} ({kindLabel})";
            html.Element("h1", text.ReceiptTitle)
                .Element("p", text.ReceiptIntro)
                .Open("dl")
                .Element("dt", text.Reference).Element("dd", @case.Reference)
                .Element("dt", text.ReceivedAt).Element("dd", AmsterdamTime.Format(@case.ReceivedAt))
                .Element("dt", text.WhatIsCancelled).Element("dd", what)
                .Element("dt", text.EffectiveDate)
                .Element("dd", @case.EffectiveDate is { } date ? date.ToString(text.DateFormat, text.Culture) : text.EarliestPossible)
                .Close("dl")
                .Element("p", ConfirmationSentence(text, @case))
                .Element("p", text.KeepReceipt);
        });

    private static string ConfirmationSentence(WebText text, CaseView @case)
    {
        // The reply to the sender, never the "confirmation-contact" copy to the address on file: a submitter
        // who typed someone else's account number must not learn that customer's address from this page.
        var reply = @case.Outbound
            .Where(o => o.Kind != "confirmation-contact" && o.Channel is ChannelNames.Email or ChannelNames.Sms)
            .MaxBy(o => o.Id);
        return reply is null ? text.ConfirmationSent : string.Format(text.Culture, text.ConfirmationSentTo, SenderAddress.Mask(reply.To));
    }
}
