namespace Intake.Channels.Twitter;

/// <summary>Settings of the X channel (section Intake:X); secrets come from configuration or the environment.</summary>
public sealed class XOptions
{
    public const string Section = "Intake:X";

    /// <summary>API key of the X app (OAuth 1.0a consumer key).</summary>
    public string ConsumerKey { get; set; } = "";
    /// <summary>API key secret: signs OAuth 1.0a requests, answers CRC checks and verifies webhook signatures.</summary>
    public string ConsumerSecret { get; set; } = "";
    /// <summary>Access token of our own account (user context, with dm.read and dm.write).</summary>
    public string AccessToken { get; set; } = "";
    public string AccessTokenSecret { get; set; } = "";
    /// <summary>App-only bearer token; used to read mentions when set, otherwise mentions are read in user context.</summary>
    public string BearerToken { get; set; } = "";
    /// <summary>Our own numeric user id: its tweets and DMs are never input, and mentions are polled for it.</summary>
    public string AccountId { get; set; } = "";
    /// <summary>The X API root; tests point it at a fake.</summary>
    public string BaseUrl { get; set; } = "https://api.x.com";
    /// <summary>Whether the Hangfire polling fallback runs besides the webhook.</summary>
    public bool PollEnabled { get; set; } = true;
    /// <summary>Cron schedule of the mention and DM polls.</summary>
    public string PollSchedule { get; set; } = "* * * * *";
    /// <summary>Pages (of up to 100) one poll reads at most; the mentions timeline itself stops at 800 tweets.</summary>
    public int PollMaxPages { get; set; } = 8;
    /// <summary>The channel counts as down when neither webhook nor poll succeeded for this long.</summary>
    public TimeSpan HeartbeatStaleAfter { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>Timeout of one call to the X API.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The channel is on only with the full user-context credentials and our account id.</summary>
    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(ConsumerKey) && !string.IsNullOrWhiteSpace(ConsumerSecret) &&
        !string.IsNullOrWhiteSpace(AccessToken) && !string.IsNullOrWhiteSpace(AccessTokenSecret) &&
        !string.IsNullOrWhiteSpace(AccountId);
}
