using System.Globalization;
using System.Text.Json;

namespace Intake.Channels.Twilio.Sending;

/// <summary>The variables of the approved WhatsApp confirmation template: {{1}} the reference, {{2}} the receipt time.</summary>
internal static class WhatsAppTemplateVariables
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static string For(OutboundMessage message)
    {
        var local = TimeZoneInfo.ConvertTime(message.CaseReceivedAt, Amsterdam);
        return JsonSerializer.Serialize(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["1"] = message.CaseReference,
            ["2"] = local.ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture),
        });
    }
}
