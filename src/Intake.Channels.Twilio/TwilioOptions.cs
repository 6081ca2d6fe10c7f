namespace Intake.Channels.Twilio;

/// <summary>Settings of the Twilio channel (section Intake:Twilio).</summary>
public sealed class TwilioOptions
{
    public const string Section = "Intake:Twilio";

    /// <summary>The account the REST API is called for (AC...); with <see cref="AuthToken"/> it switches sending on.</summary>
    public string? AccountSid { get; set; }
    /// <summary>Signs Twilio's webhooks and authenticates our REST calls.</summary>
    public string? AuthToken { get; set; }
    /// <summary>Our SMS number in E.164, used when no messaging service is configured.</summary>
    public string? From { get; set; }
    /// <summary>A Messaging Service (MG...) that picks the sender number; preferred over <see cref="From"/>.</summary>
    public string? MessagingServiceSid { get; set; }
    /// <summary>Our WhatsApp sender in E.164; defaults to <see cref="From"/>.</summary>
    public string? WhatsAppFrom { get; set; }
    /// <summary>An approved WhatsApp template (HX...) for confirmations outside the 24-hour session window.</summary>
    public string? WhatsAppContentSid { get; set; }
    /// <summary>Where the library's REST calls go (it always addresses api.twilio.com); tests point it at a fake on loopback.</summary>
    public string BaseUrl { get; set; } = "https://api.twilio.com";
    /// <summary>The URL Twilio calls us on (behind a proxy); without it the request's own URL is signed.</summary>
    public string? PublicBaseUrl { get; set; }
    /// <summary>Default country for national phone numbers.</summary>
    public string DefaultCountryCode { get; set; } = "31";
    /// <summary>A call that chose "cancel" and went quiet this long without a hang-up callback is taken in as unconfirmed.</summary>
    public TimeSpan AbandonedCallAfter { get; set; } = TimeSpan.FromMinutes(15);
    /// <summary>Local hour (Europe/Amsterdam) on the next business day when a promised callback is due.</summary>
    public int CallbackHour { get; set; } = 12;
    /// <summary>First delay of the HTTP-level retry on 429/5xx; the outbox retries longer outages itself.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>Timeout of one REST call.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Sending is on only with credentials; otherwise replies land in the dev outbox.</summary>
    public bool CanSend => !string.IsNullOrWhiteSpace(AccountSid) && !string.IsNullOrWhiteSpace(AuthToken);
}
