using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;

namespace Intake.Channels.Web.Form;

/// <summary>Signs receipt links, so a stranger cannot read a receipt by guessing case references.</summary>
internal sealed class ReceiptLinks(IDataProtectionProvider protection)
{
    public const string TokenParameter = "t";
    private readonly IDataProtector _protector = protection.CreateProtector("Intake.Web.Receipt");

    public string Href(PathString pathBase, string reference, string language) =>
        $"{pathBase}/cancel/receipt/{Uri.EscapeDataString(reference)}?{TokenParameter}={Uri.EscapeDataString(_protector.Protect(reference))}&lang={language}";

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
