namespace Intake.Benchmarks.Faults;

/// <summary>One fake provider after a run: sends taken, different messages, extra copies, and the replies our database marks sent.</summary>
internal sealed record ProviderFigures(string Name, int Taken, int Distinct, int Duplicates, int Refused, long RowsSent)
{
    public static ProviderFigures Of(string name, SendLedger ledger, long rowsSent) =>
        new(name, ledger.Taken, ledger.Distinct, ledger.Duplicates, ledger.Refused, rowsSent);

    public override string ToString() =>
        $"{Name}: {Taken} sends taken, {Distinct} different, {Duplicates} duplicates, {Refused} refused while down; {RowsSent} replies marked sent";
}
