namespace Intake.Channels.Email.Imap;

/// <summary>Exponential reconnect delay with jitter, so many listeners do not hammer a mail server that came back.</summary>
internal static class ReconnectBackoff
{
    public static TimeSpan Delay(int failures, TimeSpan first, TimeSpan max) => RetryBackoff.Delay(failures, first, max, 0.5, 1.0);
}
