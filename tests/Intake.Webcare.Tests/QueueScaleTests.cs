using System.Diagnostics;
using Intake.Core.Console;
using Intake.Storage.Postgres.Console;
using Intake.Testing;
using Xunit.Abstractions;

namespace Intake.Webcare.Tests;

public sealed class QueueScaleTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Queue_counts_lists_and_search_stay_interactive_with_fifty_thousand_cases()
    {
        await using var database = await PostgresServer.CreateDatabaseAsync();
        await database.ExecuteAsync(
            """
            INSERT INTO cancellation_case (reference, status, open_key, received_at, first_channel, verified, why_token, created_at, updated_at)
            SELECT 'C-2026-' || lpad(i::text, 6, '0'),
                   (ARRAY['NeedsReview','NeedsIdentification','Accepted','Completed','Dismissed'])[1 + i % 5],
                   'sender:s' || i || '@example.nl', now() - (i || ' minutes')::interval,
                   (ARRAY['email','sms','x','web','voice'])[1 + i % 5], false, 'w' || i, now(), now() - (i || ' minutes')::interval
            FROM generate_series(1, 50000) i;
            INSERT INTO inbound_message (channel, provider_message_id, received_at, sender_address, body_text, intent, confidence, case_id, created_at)
            SELECT first_channel, 'p' || id, received_at, 's' || id || '@example.nl', 'tekst', 'unclear', 0.5, id, now() FROM cancellation_case;
            ANALYZE;
            """);
        var queues = new PostgresConsoleQueues(database.DataSource);
        var now = DateTimeOffset.UtcNow;
        await queues.CountAsync(null, 1, now, CancellationToken.None); // warm the connection pool and plans

        var counts = await TimeAsync("counts (all channels)", () => queues.CountAsync(null, 1, now, CancellationToken.None));
        await TimeAsync("counts (sms only)", () => queues.CountAsync("sms", 1, now, CancellationToken.None));
        var review = await TimeAsync("list needs-review, 200 rows", () => queues.ListAsync(ConsoleQueue.NeedsReview, null, 1, now, 0, 200, CancellationToken.None));
        await TimeAsync("list confirmation owed", () => queues.ListAsync(ConsoleQueue.ConfirmationOwed, null, 1, now, 0, 200, CancellationToken.None));
        var found = await TimeAsync("search by email", () => queues.SearchAsync("S4242@Example.nl", null, 0, 50, CancellationToken.None));

        Assert.Equal(10_000, counts.NeedsReview);
        Assert.Equal(200, review.Count);
        Assert.Equal("C-2026-004242", Assert.Single(found).Reference);
    }

    private async Task<T> TimeAsync<T>(string what, Func<Task<T>> run)
    {
        var watch = Stopwatch.StartNew();
        var result = await run();
        output.WriteLine($"{what}: {watch.ElapsedMilliseconds} ms");
        // Generous: a shared 2-core machine; the point is "interactive", not a benchmark.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"{what} took {watch.ElapsedMilliseconds} ms");
        return result;
    }
}
