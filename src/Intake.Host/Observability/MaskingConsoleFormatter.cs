using Intake.Core.Identity;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace Intake.Host.Observability;

/// <summary>One line per log entry, with email addresses, phone numbers and account numbers masked whatever the caller logged.</summary>
internal sealed class MaskingConsoleFormatter() : ConsoleFormatter(Name)
{
    public new const string Name = "masked";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        if (logEntry.Exception is { } e) message += " | " + e;
        var level = logEntry.LogLevel switch
        {
            LogLevel.Trace => "trce", LogLevel.Debug => "dbug", LogLevel.Information => "info",
            LogLevel.Warning => "warn", LogLevel.Error => "fail", _ => "crit",
        };
        textWriter.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{DateTimeOffset.UtcNow:yyyy-MM-ddTHH:mm:ss.fffZ} {level} {logEntry.Category}: {PersonalDataRedactor.Redact(message)}"));
    }
}
