using System.Net;
using Intake.Core.Console;
using Intake.Webcare.Tests.Support;

namespace Intake.Webcare.Tests;

public sealed class AttachmentTests(ConsoleHostFixture fixture) : IClassFixture<ConsoleHostFixture>
{
    private readonly ConsoleHostFactory _host = fixture.Host;

    [Fact]
    public async Task A_scanned_letter_is_shown_inline_to_staff_and_every_opening_is_a_case_event_naming_them()
    {
        var (reference, messageId) = await ReceiveAsync(("opzegbrief.png", "image/png", AttachmentMail.Png), ("opzegbrief.pdf", "application/pdf", AttachmentMail.Pdf));
        var email = await _host.AddStaffAsync(StaffRoles.Agent);
        var client = await _host.SignInAsAsync(email);
        var path = $"/console/cases/{reference}/messages/{messageId}/attachments";

        var page = await client.GetStringAsync($"/console/cases/{reference}");
        Assert.Contains("opzegbrief.png (image/png, 1 KB)", page);
        Assert.Contains($"href=\"{path}/1\"", page);
        Assert.Contains($"href=\"{path}/2\"", page);

        var image = await client.GetAsync($"{path}/1");
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType!.MediaType);
        Assert.Equal("inline", image.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(AttachmentMail.Png, await image.Content.ReadAsByteArrayAsync());
        AssertProtected(image, sandboxed: true);

        var pdf = await client.GetAsync($"{path}/2");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.Equal("inline", pdf.Content.Headers.ContentDisposition!.DispositionType);
        AssertProtected(pdf, sandboxed: false);

        var saved = await client.GetAsync($"{path}/2?download=true");
        Assert.Equal("attachment", saved.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("opzegbrief.pdf", saved.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal(AttachmentMail.Pdf, await saved.Content.ReadAsByteArrayAsync());

        var events = await EventsAsync(reference);
        var actor = "staff:" + await _host.StaffIdAsync(email);
        Assert.Equal(["attachment_viewed", "attachment_viewed", "attachment_downloaded"], events.Select(e => e.Type));
        Assert.All(events, e => Assert.Equal(actor, e.Actor));
        Assert.Contains($"\"messageId\": {messageId}", events[0].Data);
        Assert.Contains("\"attachment\": 1", events[0].Data);
        Assert.Contains("\"attachment\": 2", events[2].Data);
        Assert.All(events, e => Assert.DoesNotContain("opzegbrief", e.Data));
        var timeline = await client.GetStringAsync($"/console/cases/{reference}");
        Assert.Contains("Attachment viewed", timeline);
        Assert.Contains("Attachment downloaded", timeline);
        Assert.Contains(email, timeline);
    }

    [Fact]
    public async Task An_html_or_svg_attachment_is_only_ever_a_download_that_cannot_run_in_the_console()
    {
        var (reference, messageId) = await ReceiveAsync(("factuur.html", "text/html", AttachmentMail.Html), ("logo.svg", "image/svg+xml", AttachmentMail.Svg));
        var client = await _host.SignInAsync(StaffRoles.Agent);
        var path = $"/console/cases/{reference}/messages/{messageId}/attachments";

        var page = await client.GetStringAsync($"/console/cases/{reference}");
        Assert.DoesNotContain($"href=\"{path}/1\"", page);
        Assert.Contains($"href=\"{path}/1?download=true\"", page);
        foreach (var number in new[] { 1, 2 })
        {
            var response = await client.GetAsync($"{path}/{number}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/octet-stream", response.Content.Headers.ContentType!.MediaType);
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
            AssertProtected(response, sandboxed: true);
        }
        Assert.Equal(["attachment_downloaded", "attachment_downloaded"], (await EventsAsync(reference)).Select(e => e.Type));
    }

    [Fact]
    public async Task The_raw_mail_downloads_as_eml_with_its_attachments_and_the_download_is_audited()
    {
        var (reference, messageId) = await ReceiveAsync(("opzegbrief.png", "image/png", AttachmentMail.Png));
        var client = await _host.SignInAsync(StaffRoles.Agent);

        var response = await client.GetAsync($"/console/cases/{reference}/messages/{messageId}/raw");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("message/rfc822", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal($"{reference}-{messageId}.eml", response.Content.Headers.ContentDisposition.FileNameStar);
        AssertProtected(response, sandboxed: true);
        var raw = await _host.Database.ScalarAsync<byte[]>(
            "SELECT r.body FROM raw_payload r JOIN inbound_message m ON m.raw_payload_id = r.id WHERE m.id = @messageId", new { messageId });
        Assert.Equal(raw, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("raw_mail_downloaded", Assert.Single(await EventsAsync(reference)).Type);
    }

    [Fact]
    public async Task Attachments_are_for_signed_in_staff_and_only_through_the_case_the_message_belongs_to()
    {
        var (reference, messageId) = await ReceiveAsync(("opzegbrief.png", "image/png", AttachmentMail.Png));
        var other = (await _host.ReceiveAsync("email", $"ander{Guid.NewGuid():N}@example.nl", "Wat is de opzegtermijn van mijn contract?")).CaseReference!;
        var anonymous = _host.CreateClient(new() { AllowAutoRedirect = false });
        var client = await _host.SignInAsync(StaffRoles.Agent);

        var refused = await anonymous.GetAsync($"/console/cases/{reference}/messages/{messageId}/attachments/1");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/console/login", refused.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync($"/console/cases/{reference}/messages/{messageId}/raw")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/console/cases/{other}/messages/{messageId}/attachments/1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/console/cases/{other}/messages/{messageId}/raw")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/console/cases/{reference}/messages/{messageId}/attachments/2")).StatusCode);
        Assert.Empty(await EventsAsync(reference));
        Assert.Empty(await EventsAsync(other));
    }

    [Fact]
    public async Task A_mail_erased_for_privacy_has_no_attachments_or_raw_mail_left_to_open()
    {
        var (reference, messageId) = await ReceiveAsync(("opzegbrief.png", "image/png", AttachmentMail.Png));
        var client = await _host.SignInAsync(StaffRoles.Agent);
        // What erasure and the retention purge leave of a raw payload: a marker as plain text.
        await _host.Database.ExecuteAsync(
            """
            UPDATE raw_payload SET body = convert_to('erased', 'UTF8'), content_type = 'text/plain; charset=utf-8'
            WHERE id = (SELECT raw_payload_id FROM inbound_message WHERE id = @messageId)
            """, new { messageId });

        Assert.DoesNotContain("class=\"files\"", await client.GetStringAsync($"/console/cases/{reference}"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/console/cases/{reference}/messages/{messageId}/attachments/1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/console/cases/{reference}/messages/{messageId}/raw")).StatusCode);
        Assert.Empty(await EventsAsync(reference));
    }

    private async Task<(string Reference, long MessageId)> ReceiveAsync(params (string Name, string Type, byte[] Content)[] attachments)
    {
        var mail = AttachmentMail.Build($"klant{Guid.NewGuid():N}@example.nl", "Hierbij zeg ik mijn abonnement op, zie de brief in de bijlage.", attachments);
        var reference = (await _host.ReceiveMailAsync(mail)).CaseReference!;
        var messageId = await _host.Database.ScalarAsync<long>(
            "SELECT m.id FROM inbound_message m JOIN cancellation_case c ON c.id = m.case_id WHERE c.reference = @reference", new { reference });
        return (reference, messageId);
    }

    private async Task<List<(string Type, string Actor, string Data)>> EventsAsync(string reference) =>
    [
        .. await _host.Database.QueryAsync<(string Type, string Actor, string Data)>(
            """
            SELECT e.type, e.actor, e.data::text FROM case_event e JOIN cancellation_case c ON c.id = e.case_id
            WHERE c.reference = @reference AND e.type IN ('attachment_viewed', 'attachment_downloaded', 'raw_mail_downloaded') ORDER BY e.id
            """, new { reference }),
    ];

    private static void AssertProtected(HttpResponseMessage response, bool sandboxed)
    {
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.StartsWith("default-src 'none'", policy);
        Assert.DoesNotContain("script-src", policy);
        Assert.Equal(sandboxed, policy.EndsWith("; sandbox", StringComparison.Ordinal));
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
    }
}
