using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Intake.Core.ApiKeys;
using Intake.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit.Abstractions;

namespace Intake.Host.Tests.Api;

public sealed class CustomerDirectoryStreamingTests(ITestOutputHelper output)
{
    private const int Records = 20_000;

    [Fact]
    public async Task Twenty_thousand_ndjson_records_are_copied_into_the_import_while_the_body_is_still_arriving()
    {
        await using var host = await IntakeHostFactory.StartAsync();
        var body = new GeneratedNdjson(Records, halfway: () => CopiedSoFarAsync(host.Database));
        var clock = Stopwatch.StartNew();

        var response = await StreamingClient(host).PostAsync("/api/v1/customers", body);

        clock.Stop();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Records, answer.GetProperty("records").GetInt32());
        Assert.Equal((Records / 2L, Records / 2L, 0L, 0L), CustomerDirectoryApiTests.Counted(answer, "customers"));
        Assert.Equal((Records * 1L, Records * 1L, 0L, 0L), CustomerDirectoryApiTests.Counted(answer, "contracts"));
        Assert.Equal(Records * 1L, await host.Database.ScalarAsync<long>("SELECT count(*) FROM identity_link"));
        // Half the body is still unsent, yet rows have already reached the COPY: nothing waited for the whole body.
        Assert.True(body.CopiedAtHalfway > 0, "no row had reached the COPY when half the body was sent");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Records} ndjson records ({body.BytesWritten / 1024.0 / 1024.0:0.0} MiB) in {clock.Elapsed.TotalSeconds:0.00} s: " +
            $"{Records / clock.Elapsed.TotalSeconds:0} records/s; {body.CopiedAtHalfway} rows copied when half was sent"));
    }

    /// <summary>A client that sends the body as it is written: the default one buffers it whole, to repeat it on a redirect.</summary>
    private static HttpClient StreamingClient(IntakeHostFactory host)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(ApiKeyring.Header, IntakeHostFactory.ApiKey);
        return client;
    }

    /// <summary>Rows the server's COPY into the staging table has taken so far (PostgreSQL's own progress view), waiting a little for the first.</summary>
    private static async Task<long> CopiedSoFarAsync(TestDatabase database)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (true)
        {
            var copied = await database.ScalarAsync<long>(
                "SELECT coalesce(max(tuples_processed), 0) FROM pg_stat_progress_copy WHERE datid = (SELECT oid FROM pg_database WHERE datname = current_database())");
            if (copied > 0 || DateTime.UtcNow > deadline) return copied;
            await Task.Delay(50);
        }
    }

    /// <summary>An ndjson body written record by record with no length (chunked), two contracts per customer; at half way it asks <paramref name="halfway"/>.</summary>
    private sealed class GeneratedNdjson : HttpContent
    {
        private readonly int records;
        private readonly Func<Task<long>> halfway;

        public GeneratedNdjson(int records, Func<Task<long>> halfway)
        {
            (this.records, this.halfway) = (records, halfway);
            Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        }

        public long CopiedAtHalfway { get; private set; }

        public long BytesWritten { get; private set; }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            for (var i = 0; i < records; i++)
            {
                if (i == records / 2)
                {
                    await stream.FlushAsync();
                    CopiedAtHalfway = await halfway();
                }
                var line = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
                    $$"""{"accountNumber":"NL-{{i / 2}}","name":"Klant {{i / 2}}","email":"klant{{i / 2}}@example.nl","contractId":"K-{{i}}","product":"Glasvezel","startDate":"2024-01-01"}""") + "\n");
                await stream.WriteAsync(line);
                BytesWritten += line.Length;
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
