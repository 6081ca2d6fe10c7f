using Intake.Channels.Web.Form;
using Intake.Channels.Web.Form.Html;
using Intake.Channels.Web.Form.Texts;
using Intake.Core.Model;
using Intake.Core.Why;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Intake.Channels.Web.Why;

/// <summary>Asks the one optional question behind the link in a confirmation and records the answer.</summary>
internal sealed class WhyHandler(IWhyAnswers answers, IAntiforgery antiforgery, TimeProvider time, ILogger<WhyHandler> logger)
{
    // Tokens are 24 characters; anything far longer is not worth a database round trip.
    private const int MaxTokenLength = 100;

    public async Task<IResult> ShowAsync(HttpContext context, string token)
    {
        var requested = context.Request.Query[WhyPage.LanguageField].ToString();
        if (await FindAsync(token, context.RequestAborted) is not { } question)
            return PageResults.NotFound(context, WebLanguages.Choose(requested));
        var text = WebLanguages.Choose(requested, question.Language);
        return Form(context, text, token, question.Reason, null, [], StatusCodes.Status200OK);
    }

    public async Task<IResult> SubmitAsync(HttpContext context, string token)
    {
        var posted = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(context.RequestAborted) : FormCollection.Empty;
        var requested = posted[WhyPage.LanguageField].ToString();
        if (await FindAsync(token, context.RequestAborted) is not { } question)
            return PageResults.NotFound(context, WebLanguages.Choose(requested));
        var text = WebLanguages.Choose(requested, question.Language);
        var reason = posted[WhyPage.ReasonField].ToString().Trim();
        var freeText = posted[WhyPage.TextField].ToString().Trim();

        var errors = new List<FieldError>();
        if (!await antiforgery.IsRequestValidAsync(context)) errors.Add(new FieldError(WhyPage.ReasonField, text.FormExpired));
        else if (!ReasonCodes.IsKnown(reason)) errors.Add(new FieldError(WhyPage.ReasonField, text.WhyChoose));
        if (freeText.Length > WhyPage.MaxTextLength)
            errors.Add(new FieldError(WhyPage.TextField, string.Format(text.Culture, text.TooLong, WhyPage.MaxTextLength)));
        if (errors.Count > 0) return Form(context, text, token, reason, freeText, errors, StatusCodes.Status400BadRequest);

        if (!await answers.RecordAsync(token, reason, freeText.Length == 0 ? null : freeText, time.GetUtcNow(), context.RequestAborted))
            return PageResults.NotFound(context, text);
        logger.LogInformation("Reason {Reason} recorded for case {Reference}", reason, question.Reference);
        return PageResults.Html(context, PageLayout.Message(text, text.WhyThanksTitle, text.WhyThanksBody));
    }

    private async Task<WhyQuestion?> FindAsync(string token, CancellationToken cancellationToken) =>
        token.Length is 0 or > MaxTokenLength ? null : await answers.FindAsync(token, cancellationToken);

    private IResult Form(HttpContext context, WebText text, string token, string? reason, string? freeText, IReadOnlyList<FieldError> errors, int status)
    {
        var action = $"{context.Request.PathBase}/why/{Uri.EscapeDataString(token)}";
        var html = WhyPage.Render(text, action, reason, freeText, errors, antiforgery.GetAndStoreTokens(context),
            language => $"{action}?lang={language}");
        return PageResults.Html(context, html, status);
    }
}
