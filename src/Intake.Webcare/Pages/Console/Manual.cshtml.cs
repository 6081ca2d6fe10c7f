using System.Globalization;
using Intake.Core.Console;
using Intake.Core.Pipeline;
using Intake.Webcare.Auth;
using Intake.Webcare.Manual;
using Intake.Webcare.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Intake.Webcare.Pages.Console;

/// <summary>Records a declaration taken by phone or letter through the same gateway as every channel (deduplicated, classified, confirmed).</summary>
public sealed class ManualModel(IntakeGateway gateway, ICaseAnnotations annotations, TimeProvider time) : ConsolePageModel
{
    public ManualIntakeForm Form { get; private set; } = new();
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();
    public string? Outcome { get; private set; }
    public DateTimeOffset Now { get; private set; }

    public void OnGet()
    {
        Now = time.GetUtcNow();
        // The submission id is fixed when the form is shown, so a double submit is one intake.
        Form = new ManualIntakeForm { Submission = Guid.NewGuid().ToString(), ReceivedAt = ConsoleTime.Input(Now) };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Now = time.GetUtcNow();
        Form = ManualIntakeForm.Read(Request.Form);
        Errors = Form.Validate(Now);
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        var actor = User.Actor();
        var form = Form;
        var outcome = await gateway.ReceiveAsync(ManualMessageMapper.Raw(form, actor, Now), () => ManualMessageMapper.Inbound(form), cancellationToken);
        if (outcome.Result is not { } result)
        {
            Outcome = string.Format(CultureInfo.InvariantCulture, Text["manual.quarantined"], outcome.RawPayloadId);
            return Page();
        }
        if (result.CaseReference is not { } reference)
        {
            Outcome = Text["manual.noCase"];
            return Page();
        }
        if (!result.Duplicate)
            await annotations.AppendAsync(reference, actor, new StaffEvent("manual_intake_recorded", new Dictionary<string, object?>
            {
                ["messageId"] = result.MessageId, ["rawPayloadId"] = outcome.RawPayloadId, ["source"] = form.Source, ["receivedAt"] = form.ReceivedAtUtc,
            }), cancellationToken);
        Done = result.Duplicate ? "done.manualDuplicate" : "done.manual";
        return Redirect("/console/cases/" + Uri.EscapeDataString(reference));
    }
}
