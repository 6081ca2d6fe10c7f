namespace Intake.Core.Model;

/// <summary>The channel values every adapter, store and API shares.</summary>
public static class Channels
{
    public const string Email = "email";
    public const string Sms = "sms";
    public const string WhatsApp = "whatsapp";
    public const string Voice = "voice";
    public const string X = "x";
    public const string Web = "web";
    public const string Api = "api";
    public const string Manual = "manual";

    public static IReadOnlyList<string> All { get; } = [Email, Sms, WhatsApp, Voice, X, Web, Api, Manual];

    public static bool IsKnown(string? channel) => channel is not null && All.Contains(channel, StringComparer.Ordinal);
}
