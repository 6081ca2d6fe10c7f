using System.Globalization;
using System.Text.Json;

namespace Intake.Benchmarks.Faults;

/// <summary>The figures of one fault run and the invariants they must keep.</summary>
internal sealed record FaultReport
{
    public int Seed { get; init; }
    public int MessagesSent { get; init; }
    public int Redeliveries { get; init; }
    public int Hosts { get; init; }
    public int Kills { get; init; }
    public int PgRestarts { get; init; }
    public int SenderRetries { get; init; }
    public int QuarantinedAnswers { get; init; }
    public long QuarantinedReplayed { get; init; }
    public int Accepted { get; init; }
    public required IntegrityReport Integrity { get; init; }
    public long CancellationsWithoutConfirmation { get; init; }
    public long FailedReplies { get; init; }
    public long RawLeftReceived { get; init; }
    public long RawLeftUnaccounted { get; init; }
    public long HangfireUnfinishedJobs { get; init; }
    public required ProviderFigures Twilio { get; init; }
    public required ProviderFigures X { get; init; }
    public required ProviderFigures Smtp { get; init; }
    public IReadOnlyList<string> CrashedHosts { get; init; } = [];
    public double DurationSeconds { get; init; }

    public int DuplicateSends => Twilio.Duplicates + X.Duplicates + Smtp.Duplicates;

    /// <summary>What went wrong, one line each; empty when the run kept every invariant.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        void Check(bool ok, string what) { if (!ok) problems.Add(what); }
        Check(Integrity.Lost == 0, $"{Integrity.Lost} acknowledged intakes are not stored");
        Check(Integrity.DuplicateMessages == 0, $"{Integrity.DuplicateMessages} intakes stored twice");
        Check(Integrity.DuplicateCases == 0, $"{Integrity.DuplicateCases} duplicate open cases");
        Check(Integrity.DuplicateConfirmations == 0, $"{Integrity.DuplicateConfirmations} duplicate confirmation rows");
        Check(CancellationsWithoutConfirmation == 0, $"{CancellationsWithoutConfirmation} cancellation cases without a confirmation marked sent");
        Check(Integrity.Unsent == 0, $"{Integrity.Unsent} replies still queued or sending (stuck)");
        Check(FailedReplies == 0, $"{FailedReplies} replies failed");
        Check(RawLeftUnaccounted == 0, $"{RawLeftUnaccounted} raw payloads left unprocessed whose message was never stored");
        Check(DuplicateSends <= Kills, $"{DuplicateSends} duplicate sends at the fake providers, more than one per kill ({Kills})");
        foreach (var provider in new[] { Twilio, X, Smtp })
            Check(provider.Distinct == provider.RowsSent, $"{provider.Name}: {provider.RowsSent} replies marked sent but {provider.Distinct} different messages reached the provider");
        Check(CrashedHosts.Count == 0, $"{CrashedHosts.Count} hosts died by themselves: {string.Join(" | ", CrashedHosts)}");
        return problems;
    }

    public void Print(TextWriter output)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"""
            fault run (seed {Seed}; replay with INTAKE_FAULT_SEED={Seed})
              sent {MessagesSent} intakes ({Redeliveries} re-deliveries) to {Hosts} host(s); {Kills} SIGKILLs, {PgRestarts} PostgreSQL restarts
              sender retries {SenderRetries}, quarantined answers sent again {QuarantinedAnswers}, quarantined payloads replayed {QuarantinedReplayed}; accepted {Accepted} distinct intakes
              lost {Integrity.Lost}, duplicate messages {Integrity.DuplicateMessages}, duplicate cases {Integrity.DuplicateCases}, duplicate confirmation rows {Integrity.DuplicateConfirmations}
              cancellations without a sent confirmation {CancellationsWithoutConfirmation}; stuck replies {Integrity.Unsent}, failed {FailedReplies}, quarantined {Integrity.Quarantined}
              raw payloads left 'received' {RawLeftReceived} (of which unaccounted {RawLeftUnaccounted}); hangfire jobs unfinished {HangfireUnfinishedJobs}
              {Twilio}
              {X}
              {Smtp}
              duplicate sends at the fakes {DuplicateSends} (allowed: at most {Kills}, one per kill); run time {DurationSeconds:F0} s
            """));
        output.WriteLine(JsonSerializer.Serialize(new
        {
            seed = Seed, messages = MessagesSent, redeliveries = Redeliveries, hosts = Hosts, kills = Kills, pg_restarts = PgRestarts,
            sender_retries = SenderRetries, accepted = Accepted, lost = Integrity.Lost, duplicate_messages = Integrity.DuplicateMessages,
            duplicate_cases = Integrity.DuplicateCases, duplicate_confirmations = Integrity.DuplicateConfirmations,
            cancellations_without_confirmation = CancellationsWithoutConfirmation, stuck_replies = Integrity.Unsent, failed_replies = FailedReplies,
            quarantined = Integrity.Quarantined, quarantined_replayed = QuarantinedReplayed, raw_left_received = RawLeftReceived, hangfire_unfinished = HangfireUnfinishedJobs,
            twilio_sends = Twilio.Taken, x_sends = X.Taken, smtp_sends = Smtp.Taken, duplicate_sends = DuplicateSends,
            duration_s = Math.Round(DurationSeconds, 1),
        }));
    }
}
