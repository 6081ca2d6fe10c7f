using System.Globalization;
using Intake.Core.Cases;
using Intake.Core.Console;
using Intake.Webcare.Attachments;
using Intake.Webcare.Auth;
using Microsoft.AspNetCore.Mvc;

namespace Intake.Webcare.Pages.Console;

/// <summary>A case's email exactly as it came in, as an .eml download; each download is a case event naming the staff member.</summary>
public sealed class RawMailModel(ICaseMails mails, ICaseAnnotations audit) : ConsolePageModel
{
    [BindProperty(SupportsGet = true)] public string Reference { get; set; } = "";
    [BindProperty(SupportsGet = true)] public long MessageId { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Reference = Reference.Trim().ToUpperInvariant();
        if (await mails.GetAsync(Reference, MessageId, cancellationToken) is not { } mail) return NotFound();
        await audit.AppendAsync(Reference, User.Actor(),
            new StaffEvent("raw_mail_downloaded", new Dictionary<string, object?> { ["messageId"] = MessageId }), cancellationToken);
        return AttachmentResponse.Download(Response, mail.Raw, "message/rfc822",
            string.Create(CultureInfo.InvariantCulture, $"{Reference}-{MessageId}.eml"));
    }
}
