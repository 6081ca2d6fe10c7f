using System.Security.Cryptography;
using System.Text;

namespace Intake.Channels.Web.Form.Html;

/// <summary>The one inline stylesheet of the public pages, and its hash for the Content-Security-Policy.</summary>
internal static class PageStyle
{
    public const string Css = """
        :root{font-family:system-ui,sans-serif;line-height:1.5;color:#1b1b1b;background:#fff}
        body{margin:0 auto;padding:1rem;max-width:40rem}
        header{display:flex;justify-content:space-between;flex-wrap:wrap;gap:.5rem;border-bottom:1px solid #ccc;margin-bottom:1rem}
        nav a{margin-left:.75rem}
        fieldset{border:1px solid #ccc;border-radius:.25rem;margin:0 0 1rem;padding:.5rem 1rem}
        legend{font-weight:600}
        label{display:block;font-weight:600;margin-top:.75rem}
        .choice label{display:inline;font-weight:400}
        .choice{margin:.5rem 0}
        .hint{color:#505050;font-size:.9rem;margin:.1rem 0}
        .error{color:#b00020;font-weight:600;margin:.1rem 0}
        .summary{border:3px solid #b00020;padding:.5rem 1rem;margin-bottom:1rem}
        input[type=text],input[type=email],input[type=tel],input[type=date],select,textarea{box-sizing:border-box;width:100%;font:inherit;padding:.5rem;border:1px solid #555;border-radius:.25rem}
        [aria-invalid=true]{border:2px solid #b00020}
        button{font:inherit;font-weight:700;font-size:1.1rem;margin-top:1rem;padding:.75rem 1.5rem;border:0;border-radius:.25rem;background:#0b5394;color:#fff;cursor:pointer}
        dt{font-weight:600}
        dd{margin:0 0 .75rem}
        pre{white-space:pre-wrap;font:inherit}
        @media print{header,.save{display:none}}
        """;

    /// <summary>The CSP source that allows exactly this stylesheet and no other inline style.</summary>
    public static string CspSource { get; } = $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Css)))}'";
}
