using System.Diagnostics;
using MailKit;
using System.Globalization;
using Xunit.Abstractions;

namespace Intake.Host.Tests.Email;

/// <summary>
/// The figure of issue 4: mail appended to the mailbox → our confirmation accepted by the SMTP server, p50/p99 over
/// 200 mails through the running host. It prints the figures; it asserts only that every mail was confirmed.
/// </summary>
public sealed class EmailLatencyBenchmark(ITestOutputHelper output)
{
    private const int Mails = 200;

    /// <summary>Mails appended per second; INTAKE_EMAIL_BENCH_RATE overrides it when run by hand.</summary>
    private static readonly int Rate = int.TryParse(Environment.GetEnvironmentVariable("INTAKE_EMAIL_BENCH_RATE"), CultureInfo.InvariantCulture, out var rate) && rate > 0 ? rate : 20;

    [Fact]
    public async Task Two_hundred_mails_are_all_confirmed_and_the_latency_is_reported()
    {
        await using var email = await EmailHost.StartAsync();
        await Task.Delay(2000); // the listener connects and enters IDLE
        var appended = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        using (var client = await email.DeliveryClientAsync())
        {
            var pace = Stopwatch.StartNew();
            for (var i = 0; i < Mails; i++)
            {
                var mail = CustomerMail.Dutch(string.Create(CultureInfo.InvariantCulture, $"klant{i}@example.com"));
                await client.Inbox.AppendAsync(mail, MailKit.MessageFlags.None);
                appended[mail.MessageId!] = DateTimeOffset.UtcNow;
                // 20 mails a second by default: a heavy Monday morning, well above what one mailbox receives.
                var due = TimeSpan.FromSeconds((i + 1) / (double)Rate);
                if (pace.Elapsed < due) await Task.Delay(due - pace.Elapsed);
            }
            await client.DisconnectAsync(true);
        }

        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
        IReadOnlyList<(string InReplyTo, DateTime AcceptedAt, DateTime TakenInAt)> sent = [];
        while (DateTime.UtcNow < deadline)
        {
            sent = await email.Database.QueryAsync<(string, DateTime, DateTime)>(
                """
                SELECT o.in_reply_to, s.accepted_at, m.created_at FROM email_sent s
                JOIN outbound_message o ON o.id = s.outbound_id
                JOIN inbound_message m ON m.channel = 'email' AND m.thread_reference = o.in_reply_to
                """);
            if (sent.Count >= Mails) break;
            await Task.Delay(200);
        }

        Assert.Equal(Mails, sent.Count);
        var latencies = sent.Select(s => (Utc(s.AcceptedAt) - appended[s.InReplyTo]).TotalMilliseconds).Order().ToList();
        var intake = sent.Select(s => (Utc(s.TakenInAt) - appended[s.InReplyTo]).TotalMilliseconds).Order().ToList();
        var figures = string.Create(CultureInfo.InvariantCulture,
            $"email mail-appended -> confirmation-accepted over {Mails} mails at {Rate}/s: p50 {Percentile(latencies, 0.50):F0} ms, p99 {Percentile(latencies, 0.99):F0} ms, max {latencies[^1]:F0} ms; of which appended -> case committed: p50 {Percentile(intake, 0.50):F0} ms, p99 {Percentile(intake, 0.99):F0} ms");
        output.WriteLine(figures);
        Console.WriteLine(figures);
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
