using System.Text;
using Intake.Channels.Web.Form.Texts;
using Microsoft.AspNetCore.Http;

namespace Intake.Channels.Web.Form.Html;

/// <summary>Sends a rendered page with the headers every public page needs.</summary>
internal static class PageResults
{
    private static readonly string ContentSecurityPolicy =
        $"default-src 'none'; style-src {PageStyle.CspSource}; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static IResult Html(HttpContext context, string html, int statusCode = StatusCodes.Status200OK)
    {
        Secure(context, ContentSecurityPolicy);
        return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, statusCode);
    }

    /// <summary>A PDF to save (the declaration), with the same headers; it runs nothing and frames nothing.</summary>
    public static IResult Pdf(HttpContext context, byte[] pdf, string fileName)
    {
        Secure(context, "default-src 'none'; frame-ancestors 'none'");
        return Results.File(pdf, "application/pdf", fileName);
    }

    private static void Secure(HttpContext context, string contentSecurityPolicy)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = contentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        // Receipt and why links carry tokens: they must not leak to other sites or sit in shared caches.
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
    }

    /// <summary>303 See Other: after a POST the browser fetches the next page with GET, so reloading never posts twice.</summary>
    public static IResult SeeOther(HttpContext context, string location)
    {
        context.Response.Headers.Location = location;
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }

    public static IResult NotFound(HttpContext context, WebText text) =>
        Html(context, PageLayout.Message(text, text.NotFoundTitle, text.NotFoundBody), StatusCodes.Status404NotFound);
}
