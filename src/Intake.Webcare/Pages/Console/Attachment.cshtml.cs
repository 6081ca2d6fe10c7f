using Intake.Core.Cases;
using Intake.Core.Console;
using Intake.Webcare.Attachments;
using Intake.Webcare.Auth;
using Microsoft.AspNetCore.Mvc;

namespace Intake.Webcare.Pages.Console;

/// <summary>One attachment of a case's email, shown (images, PDF) or downloaded; each opening is a case event naming the staff member.</summary>
public sealed class AttachmentModel(ICaseMails mails, ICaseAnnotations audit) : ConsolePageModel
{
    [BindProperty(SupportsGet = true)] public string Reference { get; set; } = "";
    [BindProperty(SupportsGet = true)] public long MessageId { get; set; }
    [BindProperty(SupportsGet = true)] public int Number { get; set; }
    /// <summary>Save an image or PDF instead of showing it.</summary>
    [BindProperty(SupportsGet = true)] public bool Download { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Reference = Reference.Trim().ToUpperInvariant();
        if (await mails.GetAsync(Reference, MessageId, cancellationToken) is not { } mail) return NotFound();
        if (MailAttachments.Read(mail.Raw, Number) is not var (attachment, content)) return NotFound();
        var inline = attachment.Inline && !Download;
        // The file name is the sender's and may name a person: the audit keeps the message, the number and the type.
        await audit.AppendAsync(Reference, User.Actor(), new StaffEvent(inline ? "attachment_viewed" : "attachment_downloaded", new Dictionary<string, object?>
        {
            ["messageId"] = MessageId, ["attachment"] = Number, ["contentType"] = attachment.ContentType,
        }), cancellationToken);
        return inline
            ? AttachmentResponse.Inline(Response, content, attachment)
            : AttachmentResponse.Download(Response, content, "application/octet-stream", attachment.FileName);
    }
}
