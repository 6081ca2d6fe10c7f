using System.Text;
using Intake.Core.Model;
using Intake.Core.Pipeline;
using Intake.Testing;

namespace Intake.Storage.Postgres.Tests.Privacy;

/// <summary>
/// A customer known on every channel (email, SMS, X, a phone call, a typed account number), with a quarantined
/// payload, notes, a callback, an SMS opt-out, an event to billing and an SMTP answer, all holding their data;
/// and a second customer whose data must survive the first one's erasure.
/// </summary>
internal sealed class SubjectSeed
{
    public const string Account = "NL4711";
    public const string Name = "Jantje Pietersen";
    public const string Email = "jantje.pietersen@example.nl";
    public const string Phone = "+31612345678";
    public const string XUserId = "987654321012";
    public const string OtherEmail = "anna.devries@example.nl";
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    /// <summary>Every notation in which the subject's data could have been stored.</summary>
    public static readonly string[] Traces =
    [
        Account, Name, "Pietersen", Email, "jantje.pietersen%40example.nl", Phone, "%2B31612345678", "0612345678", "06-12345678", XUserId,
        "wil weg bij jullie", "bel mij terug",
    ];

    public required IntakeHarness Harness { get; init; }
    public required string CaseReference { get; init; }
    public required long QuarantinedPayloadId { get; init; }

    public static async Task<SubjectSeed> CreateAsync(bool close = true)
    {
        var harness = await IntakeHarness.CreateAsync();
        var db = harness.Database;
        await db.ExecuteAsync("INSERT INTO webhook_endpoint (name, url) VALUES ('billing', 'http://127.0.0.1:9/events')");
        var (customerId, _) = await CustomerSeed.AddAsync(db, Account, email: Email, phone: Phone);
        await db.ExecuteAsync("UPDATE customer SET name = @Name, x_user_id = @XUserId WHERE id = @customerId", new { Name, XUserId, customerId });
        await db.ExecuteAsync("INSERT INTO identity_link (kind, value, customer_id, verified) VALUES ('x', @XUserId, @customerId, true)", new { XUserId, customerId });
        await CustomerSeed.AddAsync(db, "NL5000", email: OtherEmail);

        const string Cancel = "Hierbij zeg ik mijn abonnement op. Ik wil weg bij jullie.";
        var email = await ReceiveAsync(harness, Channels.Email, "m-1", Email, $"{Cancel} {Name}, klantnummer {Account}",
            $"From: {Name} <{Email}>\r\nSubject: Opzegging\r\n\r\n{Cancel} {Name}, klantnummer {Account}", Name, "Opzegging");
        await ReceiveAsync(harness, Channels.Sms, "SM1", Phone, Cancel, "From=%2B31612345678&Body=Hierbij+zeg+ik+mijn+abonnement+op", null, null);
        await ReceiveAsync(harness, Channels.X, "x-1", XUserId, Cancel, $"{{\"user_id\":\"{XUserId}\",\"text\":\"{Cancel}\"}}", null, null);
        await ReceiveAsync(harness, Channels.Email, "m-2", OtherEmail, "Ik zeg mijn abonnement op, klantnummer NL5000",
            "Ik zeg mijn abonnement op, klantnummer NL5000", "Anna de Vries", null);

        var quarantined = await harness.RawPayloads.SaveAsync(
            new RawPayload(Channels.Email, "m-3", "message/rfc822", Encoding.UTF8.GetBytes($"From: <{Email}>\r\n\r\n\u00ff unreadable"), At), CancellationToken.None);
        await harness.RawPayloads.QuarantineAsync(quarantined, $"unreadable mail from {Email}", CancellationToken.None);

        var caseId = await db.ScalarAsync<long>("SELECT id FROM cancellation_case WHERE reference = @r", new { r = email.CaseReference });
        await db.ExecuteAsync(
            """
            INSERT INTO twilio_call (call_sid, caller, started_at, account_number, steps, updated_at, case_reference)
            VALUES ('CA1', @Phone, @At, @Account, '[{"speech": "Ik wil weg bij jullie"}]', @At, @r);
            INSERT INTO twilio_sms_opt_out (phone, opted_out, keyword, changed_at) VALUES (@Phone, true, 'STOP', @At);
            INSERT INTO case_note (case_id, author, body, created_at) VALUES (@caseId, 'staff:1', 'Jantje Pietersen: bel mij terug op 0612345678', @At);
            INSERT INTO callback_promise (case_id, due_at, promised_by, note) VALUES (@caseId, @At, 'staff:1', 'bel mij terug op 06-12345678');
            UPDATE cancellation_case SET reason_text = 'Ik wil weg bij jullie' WHERE id = @caseId;
            UPDATE outbound_message SET last_error = '550 5.1.1 <jantje.pietersen@example.nl> unknown' WHERE case_id = @caseId AND channel = 'email';
            INSERT INTO email_sent (message_id, outbound_id, accepted_at, server_reply)
            SELECT 'o' || id || '@example.com', id, @At, '250 OK queued for <jantje.pietersen@example.nl>' FROM outbound_message WHERE case_id = @caseId AND channel = 'email';
            UPDATE webhook_delivery SET status = 'delivered';
            """, new { Phone, At, Account, r = email.CaseReference, caseId });
        if (close) await CloseAllAsync(db);
        return new SubjectSeed { Harness = harness, CaseReference = email.CaseReference!, QuarantinedPayloadId = quarantined };
    }

    /// <summary>Every case completed and every reply sent, as they are once the work is done.</summary>
    public static Task CloseAllAsync(TestDatabase db) => db.ExecuteAsync(
        "UPDATE cancellation_case SET status = 'Completed'; UPDATE outbound_message SET status = 'sent'; UPDATE webhook_delivery SET status = 'delivered'");

    private static async Task<AcceptResult> ReceiveAsync(IntakeHarness harness, string channel, string id, string from, string text, string raw,
        string? name, string? subject)
    {
        var payload = new RawPayload(channel, id, "text/plain", Encoding.UTF8.GetBytes(raw), At);
        var outcome = await harness.Gateway.ReceiveAsync(payload, () => new InboundMessage
        {
            Channel = channel, ProviderMessageId = id, ReceivedAt = At, SenderAddress = from, DisplayName = name, Subject = subject,
            Text = text,
        }, CancellationToken.None);
        return outcome.Result ?? throw new InvalidOperationException("quarantined: " + outcome.QuarantineReason);
    }
}
