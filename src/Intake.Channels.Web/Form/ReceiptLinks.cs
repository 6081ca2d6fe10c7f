using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;

namespace Intake.Channels.Web.Form;

/// <summary>Signs receipt links, so a stranger cannot read a receipt (or its declaration) by guessing case references.</summary>
internal sealed class ReceiptLinks(IDataProtectionProvider protection)
{
    public const string TokenParameter = "t";
    /// <summary>The declaration as a PDF, under the receipt's address.</summary>
    public const string PdfPart = "declaration.pdf";
    /// <summary>The declaration as a printable page, under the receipt's address.</summary>
    public const string PrintPart = "print";
    private readonly IDataProtector _protector = protection.CreateProtector("Intake.Web.Receipt");

    /// <summary>The receipt, or with <paramref name="part"/> one of its parts, signed for <paramref name="reference"/>.</summary>
    public string Href(PathString pathBase, string reference, string language, string? part = null) =>
        $"{pathBase}/cancel/receipt/{Uri.EscapeDataString(reference)}{(part is null ? "" : "/" + part)}" +
        $"?{TokenParameter}={Uri.EscapeDataString(_protector.Protect(reference))}&lang={language}";

    public bool IsValid(string reference, string? token)
    {
        if (string.IsNullOrEmpty(token)) return false;
        try
        {
            return string.Equals(_protector.Unprotect(token), reference, StringComparison.Ordinal);
        }
        catch (CryptographicException)
        {
            // Tampered, truncated, or protected with a key this host does not have.
            return false;
        }
    }
}
