using Intake.Channels.Web.Form;
using Intake.Channels.Web.Why;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Intake.Channels.Web;

/// <summary>Maps the public pages: the cancellation form (§312k BGB), the withdrawal function (art. 11a), the signed receipt and the why page. No login.</summary>
public static class WebFormEndpoints
{
    /// <summary>
    /// Maps GET/POST /cancel, the withdrawal function (GET /withdraw, GET/POST /withdraw/declaration), GET
    /// /cancel/receipt/{reference} with its declaration (/print, /declaration.pdf) and GET/POST /why/{token}. The POST handlers validate
    /// the antiforgery token themselves, so no antiforgery middleware is needed and none is disabled.
    /// </summary>
    public static IEndpointRouteBuilder MapWebForm(this IEndpointRouteBuilder app)
    {
        app.MapGet("/cancel", (HttpContext context, [FromServices] CancelFormHandler handler) => handler.Show(context));
        app.MapPost("/cancel", (HttpContext context, [FromServices] CancelFormHandler handler) => handler.SubmitAsync(context));
        app.MapGet(WithdrawalPage.StartPath, (HttpContext context, [FromServices] CancelFormHandler handler) => handler.ShowWithdrawalStart(context));
        app.MapGet(WithdrawalPage.DeclarationPath, (HttpContext context, [FromServices] CancelFormHandler handler) => handler.ShowWithdrawal(context));
        app.MapPost(WithdrawalPage.DeclarationPath, (HttpContext context, [FromServices] CancelFormHandler handler) => handler.SubmitAsync(context));
        app.MapGet("/cancel/receipt/{reference}",
            (HttpContext context, string reference, [FromServices] ReceiptHandler handler) => handler.ShowAsync(context, reference));
        app.MapGet($"/cancel/receipt/{{reference}}/{ReceiptLinks.PrintPart}",
            (HttpContext context, string reference, [FromServices] ReceiptHandler handler) => handler.PrintAsync(context, reference));
        app.MapGet($"/cancel/receipt/{{reference}}/{ReceiptLinks.PdfPart}",
            (HttpContext context, string reference, [FromServices] ReceiptHandler handler) => handler.PdfAsync(context, reference));
        app.MapGet("/why/{token}", (HttpContext context, string token, [FromServices] WhyHandler handler) => handler.ShowAsync(context, token));
        app.MapPost("/why/{token}", (HttpContext context, string token, [FromServices] WhyHandler handler) => handler.SubmitAsync(context, token));
        return app;
    }
}
