using System.Text.Json;
using Intake.Core.Model;
using ChannelValues = Intake.Core.Model.Channels;
using Intake.Host.Commands;
using Intake.Storage.Postgres.Privacy;
using Intake.Testing;

namespace Intake.Host.Tests.Commands;

public sealed class PrivacyCommandTests
{
    private static async Task<TestDatabase> CustomerWithClosedCaseAsync()
    {
        var harness = await IntakeHarness.CreateAsync();
        await CustomerSeed.AddAsync(harness.Database, "NL6006", email: "kees@example.nl");
        await harness.Pipeline.AcceptAsync(new InboundMessage
        {
            Channel = ChannelValues.Email, ProviderMessageId = "c-1", ReceivedAt = DateTimeOffset.UtcNow, SenderAddress = "kees@example.nl",
            Text = "Ik zeg op. Kees Keesma.",
        }, CancellationToken.None);
        await harness.Database.ExecuteAsync("UPDATE cancellation_case SET status = 'Completed'; UPDATE outbound_message SET status = 'sent'");
        return harness.Database;
    }

    private static async Task<(int Exit, string Out, string Err)> EraseAsync(TestDatabase db, params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = await EraseCustomerCommand.RunAsync(new PostgresPersonalDataErasure(db.DataSource), TimeProvider.System, args, stdout, stderr, CancellationToken.None);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static async Task<(int Exit, string Out, string Err)> ExportAsync(TestDatabase db, params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = await ExportCustomerCommand.RunAsync(new PostgresPersonalDataExport(db.DataSource, TimeProvider.System), args, stdout, stderr, CancellationToken.None);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Export_writes_json_to_stdout_or_a_file_and_an_unknown_subject_exits_2()
    {
        await using var db = await CustomerWithClosedCaseAsync();
        var file = Path.Combine(Path.GetTempPath(), $"export-{Guid.NewGuid():N}.json");
        try
        {
            var toStdout = await ExportAsync(db, "--address", "KEES@example.nl");
            var toFile = await ExportAsync(db, "--account", "NL6006", "--out", file);
            var unknown = await ExportAsync(db, "--account", "NL404");

            Assert.Equal(0, toStdout.Exit);
            Assert.Equal("Ik zeg op. Kees Keesma.", JsonDocument.Parse(toStdout.Out).RootElement.GetProperty("messages")[0].GetProperty("body_text").GetString());
            Assert.Equal(0, toFile.Exit);
            Assert.Equal("NL6006", JsonDocument.Parse(await File.ReadAllTextAsync(file)).RootElement.GetProperty("customer").GetProperty("account_number").GetString());
            Assert.Equal((2, ""), (unknown.Exit, unknown.Out));
            Assert.DoesNotContain("NL404", unknown.Err, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Erase_exits_0_with_counts_then_2_for_the_now_unknown_subject_and_1_for_bad_arguments()
    {
        await using var db = await CustomerWithClosedCaseAsync();

        var erased = await EraseAsync(db, "--account", "NL6006");
        var again = await EraseAsync(db, "--account", "NL6006");
        var bad = await EraseAsync(db, "--account", "NL6006", "--address", "kees@example.nl");
        var missing = await EraseAsync(db, "--account");

        Assert.Equal(0, erased.Exit);
        Assert.Matches(@"^erased as erased-[a-z]{12}: 1 customer, .*1 case\(s\), 1 message\(s\)", erased.Out);
        Assert.Empty(await PersonalDataScan.FindAsync(db, ["kees@example.nl", "NL6006", "Kees Keesma"]));
        Assert.Equal(2, again.Exit);
        Assert.Equal((1, 1), (bad.Exit, missing.Exit));
        Assert.Contains("usage: erase-customer", bad.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erase_exits_1_and_names_the_open_case_while_it_is_open()
    {
        await using var db = await CustomerWithClosedCaseAsync();
        await db.ExecuteAsync("UPDATE cancellation_case SET status = 'Accepted'");
        var reference = await db.ScalarAsync<string>("SELECT reference FROM cancellation_case");

        var refused = await EraseAsync(db, "--address", "kees@example.nl");

        Assert.Equal(1, refused.Exit);
        Assert.Contains(reference, refused.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("kees", refused.Err, StringComparison.Ordinal);
        Assert.NotEmpty(await PersonalDataScan.FindAsync(db, ["Kees Keesma"]));
    }
}
