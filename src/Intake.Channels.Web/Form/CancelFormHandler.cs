using Intake.Channels.Web.Form.Html;
using Intake.Channels.Web.Form.Texts;
using Intake.Core.Pipeline;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intake.Channels.Web.Form;

/// <summary>Shows the cancellation form and the withdrawal function, and takes a submission of either through the intake gateway.</summary>
internal sealed class CancelFormHandler(
    IntakeGateway gateway, IAntiforgery antiforgery, IOptions<AntiforgeryOptions> antiforgeryOptions, ReceiptLinks receipts,
    TimeProvider time, ILogger<CancelFormHandler> logger)
{
    public IResult Show(HttpContext context) => BlankForm(context, StatusCodes.Status200OK, CancelFormFields.CancelFunction);

    /// <summary>The withdrawal function's first step: one control that leads to the declaration.</summary>
    public IResult ShowWithdrawalStart(HttpContext context) =>
        PageResults.Html(context, WithdrawalPage.RenderStart(WebLanguages.Choose(context.Request.Query[CancelFormFields.Language]), context.Request.PathBase));

    /// <summary>The withdrawal function's second step: name, number, email and the "confirm withdrawal" button.</summary>
    public IResult ShowWithdrawal(HttpContext context) => BlankForm(context, StatusCodes.Status200OK, CancelFormFields.WithdrawalFunction);

    public async Task<IResult> SubmitAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType) return BlankForm(context, StatusCodes.Status400BadRequest, CancelFormFields.CancelFunction);
        var posted = await context.Request.ReadFormAsync(context.RequestAborted);
        var text = WebLanguages.Choose(posted[CancelFormFields.Language]);
        var form = CancelForm.Read(posted, text.Language);
        if (!await antiforgery.IsRequestValidAsync(context))
            return Form(context, text, form, [], text.FormExpired, StatusCodes.Status400BadRequest);
        var errors = CancelFormValidator.Validate(form, text, AmsterdamTime.Today(time));
        if (errors.Count > 0) return Form(context, text, form, errors, null, StatusCodes.Status400BadRequest);

        var receivedAt = time.GetUtcNow();
        var raw = WebFormMessageMapper.Raw(posted, antiforgeryOptions.Value.FormFieldName, form, receivedAt);
        GatewayResult result;
        try
        {
            // The declaration has reached us: finish storing it even if the browser goes away meanwhile.
            result = await gateway.ReceiveAsync(raw, () => WebFormMessageMapper.Inbound(form, text, receivedAt), CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Nothing usable was stored (the raw store itself failed): say so honestly and keep the values;
            // the same submission id makes a retry safe.
            logger.LogError(e, "Web form submission {Submission} could not be stored", form.Submission);
            return Form(context, text, form, [], text.NotStored, StatusCodes.Status503ServiceUnavailable);
        }

        if (result.Result?.CaseReference is { } reference)
        {
            logger.LogInformation("Web form submission {Submission} is case {Reference} (duplicate: {Duplicate})",
                form.Submission, reference, result.Result.Duplicate);
            return PageResults.SeeOther(context, receipts.Href(context.Request.PathBase, reference, text.Language));
        }
        // Quarantined, or no case: still received, with its receipt time; staff take it from here.
        logger.LogWarning("Web form submission {Submission} was received without a case (raw payload {RawPayloadId})",
            form.Submission, result.RawPayloadId);
        return PageResults.Html(context, PageLayout.Message(text, text.ReceivedTitle,
            string.Format(text.Culture, text.ReceivedBody, AmsterdamTime.Format(receivedAt)), text.ReceivedFollowUp), StatusCodes.Status202Accepted);
    }

    private IResult BlankForm(HttpContext context, int status, string function)
    {
        var text = WebLanguages.Choose(context.Request.Query[CancelFormFields.Language]);
        return Form(context, text, CancelForm.Blank(text.Language, function), [], null, status);
    }

    private IResult Form(HttpContext context, WebText text, CancelForm form, IReadOnlyList<FieldError> errors, string? message, int status)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var html = form.IsWithdrawal
            ? WithdrawalPage.RenderForm(text, form, errors, message, tokens, context.Request.PathBase)
            : CancelFormPage.Render(text, form, errors, message, tokens, AmsterdamTime.Today(time), context.Request.PathBase);
        return PageResults.Html(context, html, status);
    }
}
