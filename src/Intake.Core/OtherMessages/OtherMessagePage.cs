namespace Intake.Core.OtherMessages;

/// <summary>The queue's rows as far as asked for, and how many match in all (so a page never ends silently).</summary>
public sealed record OtherMessagePage(IReadOnlyList<OtherMessage> Messages, int Total);
