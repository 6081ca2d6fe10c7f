using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Intake.Webcare.Attachments;

/// <summary>
/// How a customer's file leaves the console: shown only when it is an image or a PDF, otherwise downloaded; never
/// sniffed, never cached, and under a policy that lets nothing in it run as the console (an HTML or SVG file can't).
/// </summary>
internal static class AttachmentResponse
{
    private const string Base = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    // Chromium's PDF viewer refuses to open in a sandboxed document; a PDF still loads nothing and runs no script of ours.
    private const string PdfPolicy = Base;
    private const string SandboxedPolicy = Base + "; sandbox";

    public static IActionResult Inline(HttpResponse response, byte[] content, MailAttachment attachment)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        Protect(response, attachment.ContentType == "application/pdf" ? PdfPolicy : SandboxedPolicy, "inline", attachment.FileName);
        return new FileContentResult(content, attachment.ContentType);
    }

    /// <summary>A download whatever the type: the browser saves it and never renders it here.</summary>
    public static IActionResult Download(HttpResponse response, byte[] content, string contentType, string fileName)
    {
        Protect(response, SandboxedPolicy, "attachment", fileName);
        return new FileContentResult(content, contentType);
    }

    private static void Protect(HttpResponse response, string policy, string disposition, string fileName)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = policy;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "no-store, private";
        var value = new ContentDispositionHeaderValue(disposition);
        value.SetHttpFileName(fileName);
        headers.ContentDisposition = value.ToString();
    }
}
