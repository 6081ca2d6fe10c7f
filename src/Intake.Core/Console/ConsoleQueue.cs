namespace Intake.Core.Console;

/// <summary>The console's work queues, by name; the store behind <see cref="IConsoleQueues"/> decides which cases each holds.</summary>
public static class ConsoleQueue
{
    public const string NeedsReview = "review";
    public const string NeedsIdentification = "identification";
    public const string ConfirmationOwed = "owed";
    public const string Callbacks = "callbacks";
    public const string RecentlyConfirmed = "recent";
    /// <summary>The signed-in staff member's open cases.</summary>
    public const string Mine = "mine";

    public static IReadOnlyList<string> All { get; } = [Mine, NeedsReview, NeedsIdentification, ConfirmationOwed, Callbacks, RecentlyConfirmed];

    /// <summary>How long a confirmed case stays in "recently confirmed".</summary>
    public static TimeSpan RecentWindow { get; } = TimeSpan.FromDays(7);
}
