using System.Net;
using System.Text.RegularExpressions;
using Intake.Core.Console;
using Intake.Webcare.Tests.Support;

namespace Intake.Webcare.Tests;

/// <summary>Console lists longer than a page (50 rows) page with previous/next links that keep the list's filters.</summary>
public sealed partial class PagingTests(ConsoleHostFixture fixture) : IClassFixture<ConsoleHostFixture>
{
    private readonly ConsoleHostFactory _host = fixture.Host;

    [Fact]
    public async Task A_queue_of_fifty_one_cases_pages_with_next_and_previous_links_that_keep_its_channel_and_search()
    {
        await SeedCasesAsync("whatsapp", "C-2031-", "pager@example.nl");
        var client = await _host.SignInAsync(StaffRoles.Agent);

        var first = await client.GetStringAsync("/console?queue=review&channel=whatsapp");
        Assert.Equal(50, CaseLinks(first, "C-2031-").Count);
        Assert.DoesNotContain("C-2031-000001", first); // the newest waited least: last
        Assert.Contains("<a rel=\"next\" href=\"/console?queue=review&amp;channel=whatsapp&amp;p=2\">Next page</a>", first);
        Assert.Contains("1–50 · there are more", WebUtility.HtmlDecode(first));
        Assert.DoesNotContain("rel=\"prev\"", first);

        var second = await client.GetStringAsync("/console?queue=review&channel=whatsapp&p=2");
        Assert.Equal(["C-2031-000001"], CaseLinks(second, "C-2031-"));
        Assert.Contains("<a rel=\"prev\" href=\"/console?queue=review&amp;channel=whatsapp\">Previous page</a>", second);
        Assert.DoesNotContain("rel=\"next\"", second);

        var search = await client.GetStringAsync("/console?queue=review&channel=whatsapp&q=pager@example.nl");
        Assert.Equal(50, CaseLinks(search, "C-2031-").Count);
        Assert.Contains("href=\"/console?queue=review&amp;channel=whatsapp&amp;q=pager%40example.nl&amp;p=2\"", search);
        var lastSearchPage = await client.GetStringAsync("/console?queue=review&channel=whatsapp&q=pager%40example.nl&p=2");
        Assert.Single(CaseLinks(lastSearchPage, "C-2031-"));
    }

    [Fact]
    public async Task Quarantine_pages_with_the_total()
    {
        await _host.Database.ExecuteAsync(
            """
            INSERT INTO raw_payload (channel, provider_id, content_type, body, received_at, status, reason)
            SELECT 'sms', 'paging' || i, 'text/plain', convert_to('x', 'UTF8'), now() - (i || ' minutes')::interval, 'quarantined', 'unreadable: test'
            FROM generate_series(1, 51) i
            """);
        var client = await _host.SignInAsync(StaffRoles.Agent);

        var first = await client.GetStringAsync("/console/quarantine");
        var second = await client.GetStringAsync("/console/quarantine?p=2");

        Assert.Equal(50, RawRows().Matches(first).Count);
        Assert.Contains("1–50 of 51", WebUtility.HtmlDecode(first));
        Assert.Contains("<a rel=\"next\" href=\"/console/quarantine?p=2\">", first);
        Assert.Single(RawRows().Matches(second));
        Assert.Contains("51–51 of 51", WebUtility.HtmlDecode(second));
        Assert.Contains("<a rel=\"prev\" href=\"/console/quarantine\">", second);
    }

    [Fact]
    public async Task The_event_delivery_log_pages_and_keeps_its_status_filter()
    {
        var caseId = (await SeedCasesAsync("voice", "C-2032-", "events@example.nl")).First();
        await _host.Database.ExecuteAsync(
            """
            INSERT INTO webhook_endpoint (name, url, enabled, disabled_reason) VALUES ('paging-crm', 'http://127.0.0.1:9/', false, 'test');
            WITH e AS (
                INSERT INTO webhook_event (case_id, type, payload, created_at)
                SELECT @caseId, 'case.accepted', '{}', now() FROM generate_series(1, 51) RETURNING id)
            INSERT INTO webhook_delivery (event_id, case_id, endpoint, status, next_attempt_at, created_at)
            SELECT id, @caseId, 'paging-crm', 'failed', now(), now() FROM e;
            """, new { caseId });
        var client = await _host.SignInAsync(StaffRoles.Supervisor);

        var first = await client.GetStringAsync("/console/events?status=failed");
        var second = await client.GetStringAsync("/console/events?status=failed&p=2");

        Assert.Equal(50, DeliveryRows().Matches(first).Count);
        Assert.Contains("<a rel=\"next\" href=\"/console/events?status=failed&amp;p=2\">", first);
        Assert.Single(DeliveryRows().Matches(second));
        Assert.Contains("<a rel=\"prev\" href=\"/console/events?status=failed\">", second);
    }

    [Fact]
    public async Task A_supervisors_list_of_everyones_callbacks_pages_and_stays_on_everyone()
    {
        var ids = await SeedCasesAsync("x", "C-2033-", "callbacks@example.nl");
        await _host.Database.ExecuteAsync(
            "INSERT INTO callback_promise (case_id, due_at, promised_by) SELECT id, now() + interval '1 day', 'staff:0' FROM unnest(@ids) id",
            new { ids = ids.ToArray() });
        var client = await _host.SignInAsync(StaffRoles.Supervisor);

        var first = await client.GetStringAsync("/console/callbacks?all=true");
        var second = await client.GetStringAsync("/console/callbacks?all=true&p=2");

        Assert.Equal(50, CallbackRows().Matches(first).Count);
        Assert.Contains("<a rel=\"next\" href=\"/console/callbacks?all=true&amp;p=2\">", first);
        Assert.Single(CallbackRows().Matches(second));
        Assert.Contains("<a rel=\"prev\" href=\"/console/callbacks?all=true\">", second);
    }

    /// <summary>51 cases in review on <paramref name="channel"/>, from one sender; case 1 is the newest. Returns their ids.</summary>
    private async Task<IReadOnlyList<long>> SeedCasesAsync(string channel, string prefix, string sender)
    {
        await _host.Database.ExecuteAsync(
            """
            INSERT INTO cancellation_case (reference, status, open_key, received_at, first_channel, verified, why_token, created_at, updated_at)
            SELECT @prefix || lpad(i::text, 6, '0'), 'NeedsReview', 'sender:' || @prefix || i, now() - (i || ' minutes')::interval,
                   @channel, false, @prefix || 'w' || i, now(), now()
            FROM generate_series(1, 51) i;
            INSERT INTO inbound_message (channel, provider_message_id, received_at, sender_address, body_text, intent, confidence, case_id, created_at)
            SELECT @channel, 'p' || id, received_at, @sender, 'tekst', 'unclear', 0.5, id, now() FROM cancellation_case WHERE reference LIKE @prefix || '%';
            """, new { channel, prefix, sender });
        return await _host.Database.QueryAsync<long>("SELECT id FROM cancellation_case WHERE reference LIKE @prefix || '%' ORDER BY id", new { prefix });
    }

    private static List<string> CaseLinks(string page, string prefix) =>
        [.. CaseLink().Matches(page).Select(m => m.Groups[1].Value).Where(r => r.StartsWith(prefix, StringComparison.Ordinal))];

    [GeneratedRegex("<a href=\"/console/cases/(C-[0-9]{4}-[0-9]+)\">")]
    private static partial Regex CaseLink();

    [GeneratedRegex("<tr data-raw=")]
    private static partial Regex RawRows();

    [GeneratedRegex("<tr[^>]* data-callback=")]
    private static partial Regex CallbackRows();

    [GeneratedRegex("<tr data-delivery=")]
    private static partial Regex DeliveryRows();
}
