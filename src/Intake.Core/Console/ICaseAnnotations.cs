namespace Intake.Core.Console;

/// <summary>Notes, reasons for leaving, staff events and undoing staff-made identity links: each with its audit event in one transaction.</summary>
public interface ICaseAnnotations
{
    /// <summary>Adds a note; the text stays in case_note, the audit gets its id only. Null when the case is unknown.</summary>
    Task<long?> AddNoteAsync(string reference, string actor, string body, CancellationToken cancellationToken);

    /// <summary>Appends one staff event to the case's timeline (e.g. who entered a manual intake). False when the case is unknown.</summary>
    Task<bool> AppendAsync(string reference, string actor, StaffEvent staffEvent, CancellationToken cancellationToken);

    /// <summary>Tags the case's reason for leaving (a code from ReasonCodes). False when the case is unknown.</summary>
    Task<bool> TagReasonAsync(string reference, string actor, string reasonCode, CancellationToken cancellationToken);

    /// <summary>Removes an identity link a staff member made for this case's customer. False when there is no such link.</summary>
    Task<bool> UnlinkAddressAsync(string reference, long linkId, string actor, CancellationToken cancellationToken);
}
