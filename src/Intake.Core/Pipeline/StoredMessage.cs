namespace Intake.Core.Pipeline;

/// <summary>A message as stored, with the intent it was filed under and the case it joined (null when none).</summary>
public sealed record StoredMessage(long Id, Model.InboundMessage Message, string Intent, string? CaseReference);
