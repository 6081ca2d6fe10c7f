using System.Text.Json;
using Intake.Core.Privacy;
using Intake.Storage.Postgres.Privacy;

namespace Intake.Storage.Postgres.Tests.Privacy;

public sealed class ExportTests
{
    private static async Task<ExportResult> ExportAsync(SubjectSeed seed, string? account = null, string? address = null) =>
        await new PostgresPersonalDataExport(seed.Harness.Database.DataSource, TimeProvider.System)
            .ExportAsync(PrivacySubject.Create(account, address, out _)!, CancellationToken.None);

    [Fact]
    public async Task Export_holds_the_customer_identities_cases_with_events_messages_replies_and_raw_payloads_as_stored()
    {
        var seed = await SubjectSeed.CreateAsync();

        var result = await ExportAsync(seed, account: SubjectSeed.Account);

        Assert.Equal(SubjectOutcome.Done, result.Outcome);
        var export = JsonDocument.Parse(result.Json!).RootElement;
        Assert.Equal(SubjectSeed.Name, export.GetProperty("customer").GetProperty("name").GetString());
        Assert.Equal(["account", "email", "phone", "x"], export.GetProperty("identities").EnumerateArray().Select(i => i.GetProperty("kind").GetString()!).Order());
        var @case = Assert.Single(export.GetProperty("cases").EnumerateArray());
        Assert.Equal(seed.CaseReference, @case.GetProperty("reference").GetString());
        Assert.Contains(@case.GetProperty("events").EnumerateArray(), e => e.GetProperty("type").GetString() == "case_opened");
        Assert.Equal(3, export.GetProperty("messages").GetArrayLength());
        Assert.All(export.GetProperty("messages").EnumerateArray(), m => Assert.Contains("Ik wil weg bij jullie", m.GetProperty("body_text").GetString(), StringComparison.Ordinal));
        Assert.Contains(export.GetProperty("outboundMessages").EnumerateArray(), o => o.GetProperty("recipient").GetString() == SubjectSeed.Email);
        var payloads = export.GetProperty("rawPayloads").EnumerateArray().ToList();
        Assert.Equal(4, payloads.Count);
        var stored = await seed.Harness.Database.QueryAsync<byte[]>("SELECT body FROM raw_payload WHERE id = @id", new { id = seed.QuarantinedPayloadId });
        var quarantined = payloads.Single(p => p.GetProperty("id").GetInt64() == seed.QuarantinedPayloadId);
        Assert.Equal(stored[0], Convert.FromBase64String(quarantined.GetProperty("body").GetString()!));
        Assert.Contains(SubjectSeed.Email, quarantined.GetProperty("text").GetString(), StringComparison.Ordinal);
        foreach (var part in new[] { "calls", "smsOptOuts", "notes", "callbacks", "contracts" })
            Assert.Equal(1, export.GetProperty(part).GetArrayLength());
        Assert.DoesNotContain(SubjectSeed.OtherEmail, result.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_by_address_in_any_notation_finds_the_same_customer_and_an_unknown_subject_is_unknown()
    {
        var seed = await SubjectSeed.CreateAsync();

        var byPhone = await ExportAsync(seed, address: "06-12345678");
        var unknown = await ExportAsync(seed, address: "niemand@example.org");

        Assert.Equal(SubjectOutcome.Done, byPhone.Outcome);
        Assert.Equal(SubjectSeed.Account, JsonDocument.Parse(byPhone.Json!).RootElement.GetProperty("customer").GetProperty("account_number").GetString());
        Assert.Equal(new ExportResult(SubjectOutcome.Unknown, null), unknown);
    }
}
