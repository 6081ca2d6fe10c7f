using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Intake.Testing.Twilio;

namespace Intake.Benchmarks.Faults;

/// <summary>
/// The provider credentials the fault runs give the host and sign their webhooks with (made up, loopback only), and
/// the host settings that point Twilio, X and SMTP at the fakes.
/// </summary>
internal static class ProviderSettings
{
    public const string TwilioAccountSid = "AC00000000000000000000000000000009";
    public const string TwilioAuthToken = "fault-test-auth-token";
    public const string XConsumerSecret = "fault-test-consumer-secret";
    public const string XAccountId = "1500000000000000009";
    // Twilio signs the public URL; one fixed base lets every host (on its own port) check the same signature.
    public const string PublicBaseUrl = "http://intake.fault.test";
    public const string TwilioSmsPath = "/webhooks/twilio/sms";
    public const string XWebhookPath = "/webhooks/x";

    /// <summary>Twilio and X pointed at the fake on <paramref name="providerBaseUrl"/>; SMTP replies to smtp-sink on <paramref name="smtpPort"/>.</summary>
    public static Dictionary<string, string> For(string providerBaseUrl, int smtpPort)
    {
        var settings = Outbox();
        settings["Intake__Twilio__AccountSid"] = TwilioAccountSid;
        settings["Intake__Twilio__AuthToken"] = TwilioAuthToken;
        settings["Intake__Twilio__From"] = "+3197010000009";
        settings["Intake__Twilio__BaseUrl"] = providerBaseUrl;
        settings["Intake__Twilio__PublicBaseUrl"] = PublicBaseUrl;
        settings["Intake__Twilio__RetryDelay"] = "00:00:00.100";
        settings["Intake__X__ConsumerKey"] = "fault-test-consumer-key";
        settings["Intake__X__ConsumerSecret"] = XConsumerSecret;
        settings["Intake__X__AccessToken"] = "9-fault-test-access-token";
        settings["Intake__X__AccessTokenSecret"] = "fault-test-access-token-secret";
        settings["Intake__X__AccountId"] = XAccountId;
        settings["Intake__X__BaseUrl"] = providerBaseUrl;
        settings["Intake__X__PollEnabled"] = "false";
        settings["Intake__Email__Mailboxes__0__Name"] = "opzeggen";
        settings["Intake__Email__Mailboxes__0__SmtpHost"] = "127.0.0.1";
        settings["Intake__Email__Mailboxes__0__SmtpPort"] = smtpPort.ToString(CultureInfo.InvariantCulture);
        settings["Intake__Email__Mailboxes__0__SmtpSecurity"] = "None";
        settings["Intake__Email__Mailboxes__0__From"] = "Klantenservice <opzeggen@example.nl>";
        settings["Intake__Email__CommandTimeout"] = "00:00:10";
        return settings;
    }

    /// <summary>Outbox timings for fault runs: quick retries, and rows of a killed dispatcher taken over after 10 s instead of 2 minutes.</summary>
    public static Dictionary<string, string> Outbox() => new(StringComparer.Ordinal)
    {
        ["Intake__Outbox__StaleClaimAfter"] = "00:00:10",
        ["Intake__Outbox__FirstRetryDelay"] = "00:00:01",
        ["Intake__Outbox__MaxRetryDelay"] = "00:00:04",
        ["Intake__Outbox__MaxAttempts"] = "60",
    };

    /// <summary>X-Twilio-Signature of an SMS webhook post to the fixed public URL.</summary>
    public static string TwilioSignature(IEnumerable<KeyValuePair<string, string>> fields) =>
        TwilioWebhookSigner.Sign(TwilioAuthToken, PublicBaseUrl + TwilioSmsPath, fields);

    /// <summary>x-twitter-webhooks-signature: "sha256=" + Base64(HMAC-SHA256(consumer secret, body)).</summary>
    public static string XSignature(byte[] body) =>
        "sha256=" + Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(XConsumerSecret), body));
}
