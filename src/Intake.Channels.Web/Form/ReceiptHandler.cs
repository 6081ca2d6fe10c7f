using Intake.Channels.Web.Declaration;
using Intake.Channels.Web.Form.Html;
using Intake.Channels.Web.Form.Texts;
using Intake.Core.Cases;
using Microsoft.AspNetCore.Http;

namespace Intake.Channels.Web.Form;

/// <summary>Shows the receipt of a case, and its declaration as a printable page or PDF, to whoever holds its signed link, and nobody else.</summary>
internal sealed class ReceiptHandler(ICaseQueries cases, ReceiptLinks receipts, TimeProvider time)
{
    public Task<IResult> ShowAsync(HttpContext context, string reference) =>
        WithCaseAsync(context, reference, (text, @case) => PageResults.Html(context, ReceiptPage.Render(text, @case,
            language => receipts.Href(context.Request.PathBase, reference, language),
            part => receipts.Href(context.Request.PathBase, reference, text.Language, part))));

    public Task<IResult> PrintAsync(HttpContext context, string reference) =>
        WithCaseAsync(context, reference, (text, @case) => PageResults.Html(context, DeclarationPage.Render(text, DeclarationContent.For(text, @case))));

    public Task<IResult> PdfAsync(HttpContext context, string reference) =>
        WithCaseAsync(context, reference, (text, @case) =>
            PageResults.Pdf(context, DeclarationPdf.Write(DeclarationContent.For(text, @case), time.GetUtcNow()), $"{@case.Reference}.pdf"));

    private async Task<IResult> WithCaseAsync(HttpContext context, string reference, Func<WebText, CaseView, IResult> show)
    {
        var query = context.Request.Query;
        var token = query[ReceiptLinks.TokenParameter].ToString();
        // Unknown and unsigned references look the same, so the page does not confirm that a reference exists.
        if (!receipts.IsValid(reference, token) || await cases.GetAsync(reference, context.RequestAborted) is not { } @case)
            return PageResults.NotFound(context, WebLanguages.Choose(query[CancelFormFields.Language]));
        return show(WebLanguages.Choose(query[CancelFormFields.Language], @case.Language), @case);
    }
}
