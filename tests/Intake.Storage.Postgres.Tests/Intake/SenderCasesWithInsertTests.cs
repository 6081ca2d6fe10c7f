using Intake.Core.Classification;
using Intake.Core.Model;
using Intake.Core.Pipeline;
using Intake.Storage.Postgres.Intake;
using Intake.Testing;
using Npgsql;

namespace Intake.Storage.Postgres.Tests.Intake;

/// <summary>The message insert that brings the sender's open cases back in the same round trip answers as the separate query does.</summary>
public sealed class SenderCasesWithInsertTests
{
    private const string Phone = "+31611112222";
    private static readonly IntentResult Cancel = new() { Intent = Intents.Cancel, Confidence = 0.9, Language = "nl" };

    [Fact]
    public async Task A_new_message_comes_back_with_the_senders_open_cases_newest_first_as_the_separate_query_gives_them()
    {
        var harness = await IntakeHarness.CreateAsync();
        await harness.Pipeline.AcceptAsync(Messages.Api("s1", Phone, "Ik zeg op", channel: Channels.Sms), CancellationToken.None);
        await harness.Pipeline.AcceptAsync(Messages.Api("s2", "+31633334444", "Ik zeg op", channel: Channels.Sms), CancellationToken.None);
        // Two open cases with a message from the same sender (as after staff moved a message): both are the sender's.
        await harness.Database.ExecuteAsync("UPDATE inbound_message SET sender_address = @Phone", new { Phone });

        await using var session = await new PostgresIntakeStore(harness.Database.DataSource).BeginAsync(CancellationToken.None);
        var inserted = await session.InsertMessageAsync(Messages.Api("s3", Phone, "NL1234"), Cancel, withSenderCases: true, CancellationToken.None);
        var separately = await session.FindOpenCasesOfSenderAsync(Phone, CancellationToken.None);

        Assert.Equal(2, separately.Count);
        Assert.True(separately[0].Id > separately[1].Id);
        Assert.Equal(separately, inserted!.SenderCases!);
        Assert.All(inserted.SenderCases!, c => Assert.False(c.Opened));
        Assert.True(await LockedAsync(harness));
    }

    [Fact]
    public async Task A_redelivery_comes_back_as_null_and_locks_none_of_the_senders_cases()
    {
        var harness = await IntakeHarness.CreateAsync();
        var first = Messages.Api("r1", Phone, "Ik zeg op", channel: Channels.Sms);
        await harness.Pipeline.AcceptAsync(first, CancellationToken.None);

        await using var session = await new PostgresIntakeStore(harness.Database.DataSource).BeginAsync(CancellationToken.None);
        var again = await session.InsertMessageAsync(first, Cancel, withSenderCases: true, CancellationToken.None);

        Assert.Null(again);
        Assert.False(await LockedAsync(harness));
    }

    [Fact]
    public async Task Without_the_senders_cases_the_insert_locks_none()
    {
        var harness = await IntakeHarness.CreateAsync();
        await harness.Pipeline.AcceptAsync(Messages.Api("t1", Phone, "Ik zeg op", channel: Channels.Sms), CancellationToken.None);

        await using var session = await new PostgresIntakeStore(harness.Database.DataSource).BeginAsync(CancellationToken.None);
        var inserted = await session.InsertMessageAsync(Messages.Api("t2", Phone, "NL1234"), Cancel, withSenderCases: false, CancellationToken.None);

        Assert.Null(inserted!.SenderCases);
        Assert.False(await LockedAsync(harness));
    }

    /// <summary>Whether another transaction finds a case locked.</summary>
    private static async Task<bool> LockedAsync(IntakeHarness harness)
    {
        await using var other = await harness.Database.DataSource.OpenConnectionAsync();
        await using var transaction = await other.BeginTransactionAsync();
        await using var command = new NpgsqlCommand("SELECT id FROM cancellation_case FOR UPDATE NOWAIT", other, transaction);
        try
        {
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) { }
            return false;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.LockNotAvailable)
        {
            return true;
        }
    }
}
