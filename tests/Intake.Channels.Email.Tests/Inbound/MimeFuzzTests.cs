using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Intake.Channels.Email.Inbound;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Intake.Channels.Email.Tests.Inbound;

/// <summary>
/// Random and malformed raw mail through the email adapter's intake (stored raw, parsed, mapped, into the pipeline):
/// it never throws, and every stored mail ends accepted, or quarantined / not answered with its reason.
/// </summary>
public sealed class MimeFuzzTests(ITestOutputHelper output)
{
    private const ulong Seed = 20261124;
    private const int Mails = 300;

    private static readonly string[] Froms =
    [
        "Jan Jansen <jan@example.nl>", "jan@example.nl", "", "<>", "undisclosed-recipients:;", "a@b@c", "MAILER-DAEMON@mail.example.nl",
        "=?utf-8?B?not base64?= <roos@example.nl>", "=?x-klingon?Q?=FF?= <k@example.nl>", "\"<script>\" <x@example.nl>",
        "opzeggen@example.nl", new string('a', 3000) + "@example.nl", "Zoë <zoe@exämple.nl>", "jan@example.nl, piet@example.nl",
    ];

    private static readonly string[] Headers =
    [
        "Subject: Opzeggen", "Subject: =?utf-8?Q?Opzeggen_=E2=9C=93?=", "Subject: =?x-unknown?B?////?=", "Subject: " + new string('S', 2_000),
        "Subject:", "Date: gisteren", "Date: Tue, 31 Feb 2026 25:61:61 +9999", "Message-Id: <a@b>", "Message-Id: <>", "Message-Id: garbage",
        "In-Reply-To: <o1.C-2026-000001@example.nl>", "In-Reply-To: <o99999999999999999999.C-x@y>", "References: " + string.Concat(Enumerable.Repeat("<r@x> ", 500)),
        "Auto-Submitted: auto-replied", "Auto-Submitted: no", "Precedence: bulk", "List-Id: <list.example.nl>", "Return-Path: <>",
        "Content-Transfer-Encoding: base64", "Content-Transfer-Encoding: quoted-printable", "Content-Transfer-Encoding: x-unknown",
        "Content-Type: text/plain; charset=x-klingon", "Content-Type: text/plain; charset=utf-8", "Content-Type: text/html",
        "Content-Type: multipart/mixed", "Content-Type: multipart/mixed; boundary=\"b\"", "Content-Type: multipart/report; report-type=delivery-status; boundary=b",
        "Content-Type: message/rfc822", "Content-Type: application/pdf; name=brief.pdf", "Content-Type: ;;;", "X-Header-With-NUL: a\0b",
        "Broken header without colon", " folded continuation first", "MIME-Version: 1.0",
    ];

    private static readonly string[] Bodies =
    [
        "Hierbij zeg ik mijn abonnement op.", "", "\0\0\0", "=ZZ=\r\n=", "!!!not base64!!!", "PGh0bWw+PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "<html><body><script>alert(1)</script><p>Opzeggen</p></body></html>", "--b\r\nContent-Type: text/plain\r\n\r\nOpzeggen\r\n--b--",
        "--b\r\nContent-Type: text/plain\r\n\r\nnever closed", "--b\r\nContent-Type: message/delivery-status\r\n\r\nStatus: 5.1.1\r\nAction: failed\r\n--b--",
        string.Concat(Enumerable.Repeat("--b\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n", 60)), "From: nested@example.nl\r\nSubject: inner\r\n\r\nOpzeggen",
        // Long, but not the 100 kB single word that makes the classifier take minutes (reported separately).
        new string('x', 4_000), string.Concat(Enumerable.Repeat("opzeggen per direct ", 500)), "😀 Zoë opzeggen", "\u202eneggezpo",
    ];

    private static Gen<byte[]> Mail() =>
        from sender in Gen.Elements(Froms)
        from count in Gen.Choose(0, 8)
        from headers in Gen.ArrayOf(Gen.Elements(Headers), count)
        from body in Gen.ArrayOf(Gen.Elements(Bodies), 2).Select(string.Concat)
        from lineEnd in Gen.Elements("\r\n", "\n")
        from damage in Gen.Elements("none", "none", "invalid-utf8", "no-header-block", "truncate", "empty")
        from cut in Gen.Choose(0, 99)
        let text = string.Join(lineEnd, [$"From: {sender}", .. headers]) + lineEnd + lineEnd + body.Replace("\r\n", lineEnd, StringComparison.Ordinal)
        select Damage(text, damage, cut);

    private static byte[] Damage(string text, string damage, int cut)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return damage switch
        {
            "invalid-utf8" => [.. bytes[..(bytes.Length / 2)], 0xFF, 0xC3, 0x28, 0xED, 0xA0, 0x80, .. bytes[(bytes.Length / 2)..]],
            "no-header-block" => Encoding.UTF8.GetBytes(text[(text.IndexOf('\n') + 1)..].TrimStart()),
            "truncate" => bytes[..(bytes.Length * cut / 100)],
            "empty" => [],
            _ => bytes,
        };
    }

    [Fact]
    public async Task Random_and_malformed_mail_never_throws_and_every_stored_mail_is_accepted_or_kept_with_a_reason()
    {
        await using var rig = await EmailRig.StartAsync();
        var intake = rig.Services.GetRequiredService<EmailIntake>();
        var mails = Mail().Sample(Mails, new Rnd(Seed), 30);
        var outcomes = new Dictionary<string, int>();

        for (var i = 0; i < mails.Length; i++)
        {
            // Every tenth is over the size limit: only its headers were fetched.
            var truncated = i % 10 == 9;
            var incoming = new IncomingMail(EmailRig.Intake, mails[i], DateTimeOffset.UtcNow, mails[i].Length + (truncated ? 1L << 30 : 0), truncated);
            var outcome = await intake.ProcessAsync(incoming, CancellationToken.None);

            outcomes[outcome.Status] = outcomes.GetValueOrDefault(outcome.Status) + 1;
            Assert.True(outcome.Status is MailOutcome.Accepted or MailOutcome.Duplicate || !string.IsNullOrWhiteSpace(outcome.Reason),
                $"mail {i}: {outcome.Status} without a reason");
        }

        Assert.Equal(mails.Length, await rig.Database.ScalarAsync<long>("SELECT count(*) FROM raw_payload"));
        Assert.Equal(0, await rig.Database.ScalarAsync<long>("SELECT count(*) FROM raw_payload WHERE status NOT IN ('accepted', 'quarantined')"));
        Assert.Equal(0, await rig.Database.ScalarAsync<long>("SELECT count(*) FROM raw_payload WHERE status = 'quarantined' AND coalesce(reason, '') = ''"));
        output.WriteLine($"mime fuzz: {mails.Length} mails (seed {Seed}); outcomes: {string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key}×{o.Value}"))}");
    }
}
