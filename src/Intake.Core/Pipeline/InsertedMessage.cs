namespace Intake.Core.Pipeline;

/// <summary>A message just stored, with its sender's open cases when they were asked for in the same round trip.</summary>
/// <param name="SenderCases">As <see cref="IIntakeSession.FindOpenCasesOfSenderAsync"/> answers right after the insert; null when not asked for.</param>
public sealed record InsertedMessage(long Id, IReadOnlyList<CaseRecord>? SenderCases);
