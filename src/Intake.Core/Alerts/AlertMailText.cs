using System.Globalization;
using System.Text;

namespace Intake.Core.Alerts;

/// <summary>An alert as a plain mail: the type and subject in the subject line, the data as "name: value" lines.</summary>
public static class AlertMailText
{
    public static AlertMail For(OpsAlert alert, string to, string? from)
    {
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"{alert.Type}\n\n");
        foreach (var (name, value) in alert.Data)
            body.Append(CultureInfo.InvariantCulture, $"{name}: {Format(value)}\n");
        body.Append("\nThe same alert went to every event endpoint subscribed to ops.* events.\n");
        return new AlertMail(to, string.IsNullOrWhiteSpace(from) ? null : from, $"[Intake] {alert.Type}: {alert.Subject}", body.ToString());
    }

    private static string Format(object? value) => value switch
    {
        null => "-",
        DateTimeOffset at => at.UtcDateTime.ToString("u", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "-",
    };
}
