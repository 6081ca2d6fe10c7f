namespace Intake.Channels.Email.Imap;

/// <summary>Exponential reconnect delay with jitter, so many listeners do not hammer a mail server that came back.</summary>
internal static class ReconnectBackoff
{
    public static TimeSpan Delay(int failures, TimeSpan first, TimeSpan max)
    {
        var exponential = first * Math.Pow(2, Math.Clamp(failures - 1, 0, 20));
        var capped = exponential < max ? exponential : max;
        return capped * (0.5 + Random.Shared.NextDouble() * 0.5);
    }
}
