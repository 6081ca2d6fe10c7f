using Intake.Channels.Web.Form.Html;
using Intake.Channels.Web.Form.Texts;
using Intake.Core.Cases;
using Microsoft.AspNetCore.Http;

namespace Intake.Channels.Web.Form;

/// <summary>Shows the receipt of a case to whoever holds its signed link, and nobody else.</summary>
internal sealed class ReceiptHandler(ICaseQueries cases, ReceiptLinks receipts)
{
    public async Task<IResult> ShowAsync(HttpContext context, string reference)
    {
        var query = context.Request.Query;
        var token = query[ReceiptLinks.TokenParameter].ToString();
        // Unknown and unsigned references look the same, so the page does not confirm that a reference exists.
        if (!receipts.IsValid(reference, token) || await cases.GetAsync(reference, context.RequestAborted) is not { } @case)
            return PageResults.NotFound(context, WebLanguages.Choose(query[CancelFormFields.Language]));

        var text = WebLanguages.Choose(query[CancelFormFields.Language], @case.Language);
        return PageResults.Html(context, ReceiptPage.Render(text, @case,
            language => receipts.Href(context.Request.PathBase, reference, language)));
    }
}
