namespace Intake.Channels.Twilio.Voice;

/// <summary>The business clock of the IVR: Amsterdam time, and when a promised callback falls due.</summary>
internal static class VoiceClock
{
    public static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>The next business day (Monday to Friday) after <paramref name="now"/>, at <paramref name="hour"/>:00 Amsterdam time.</summary>
    public static DateTimeOffset NextBusinessDayAt(DateTimeOffset now, int hour)
    {
        var local = TimeZoneInfo.ConvertTime(now, Amsterdam).Date.AddDays(1);
        while (local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) local = local.AddDays(1);
        var due = local.AddHours(hour);
        return new DateTimeOffset(due, Amsterdam.GetUtcOffset(due)).ToUniversalTime();
    }
}
