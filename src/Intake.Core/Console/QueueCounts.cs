namespace Intake.Core.Console;

/// <summary>How many cases wait in each console queue.</summary>
public sealed record QueueCounts(
    int NeedsReview, int NeedsIdentification, int ConfirmationOwed, int CallbacksOpen, int CallbacksOverdue, int RecentlyConfirmed, int Mine);
