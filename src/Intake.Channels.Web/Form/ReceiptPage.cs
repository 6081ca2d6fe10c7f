using Intake.Channels.Web.Declaration;
using Intake.Channels.Web.Form.Html;
using Intake.Channels.Web.Form.Texts;
using Intake.Core.Cases;
using Intake.Core.Identity;
using Intake.Core.Model;
using ChannelNames = Intake.Core.Model.Channels;

namespace Intake.Channels.Web.Form;

/// <summary>
/// Renders the receipt shown right after the button: reference, date and time, what is cancelled or withdrawn, kind,
/// requested date and end, and the declaration to save as PDF or print (§ 312k Abs. 3 BGB).
/// </summary>
internal static class ReceiptPage
{
    /// <param name="partHref">The address of a part of this receipt (<see cref="ReceiptLinks.PdfPart"/>, <see cref="ReceiptLinks.PrintPart"/>).</param>
    public static string Render(WebText text, CaseView @case, Func<string, string> languageHref, Func<string, string> partHref)
    {
        var withdrawal = @case.Kind == CancellationKinds.Withdrawal;
        var title = withdrawal ? text.WithdrawalReceiptTitle : text.ReceiptTitle;
        var declaration = DeclarationContent.For(text, @case);
        return PageLayout.Render(text, title, languageHref, html =>
        {
            html.Element("h1", title).Element("p", withdrawal ? text.WithdrawalReceiptIntro : text.ReceiptIntro).Facts(declaration.Lines);
            foreach (var note in declaration.Notes) html.Element("p", note, ("id", "next"));
            html.Element("p", ConfirmationSentence(text, @case))
                .Open("ul", ("class", "save"))
                .Open("li").Element("a", text.SavePdf, ("href", partHref(ReceiptLinks.PdfPart)), ("download", $"{@case.Reference}.pdf")).Close("li")
                .Open("li").Element("a", text.PrintVersion, ("href", partHref(ReceiptLinks.PrintPart))).Close("li")
                .Close("ul")
                .Element("p", text.KeepReceipt);
        });
    }

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
