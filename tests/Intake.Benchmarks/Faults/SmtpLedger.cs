using Intake.Testing.Email;

namespace Intake.Benchmarks.Faults;

/// <summary>Counts the mails smtp-sink took per Message-Id (ours are deterministic per reply, so a copy is a duplicate send).</summary>
internal static class SmtpLedger
{
    public static SendLedger Read(SmtpSink sink)
    {
        var ledger = new SendLedger();
        foreach (var mail in sink.Deliveries())
        {
            var header = mail.Split('\n').FirstOrDefault(line => line.StartsWith("Message-Id:", StringComparison.OrdinalIgnoreCase));
            ledger.Take("", header?.Trim() ?? mail);
        }
        return ledger;
    }
}
