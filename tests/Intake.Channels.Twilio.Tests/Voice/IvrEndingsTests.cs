using Intake.Channels.Twilio.Tests.Fakes;
using Intake.Channels.Twilio.Voice;
using Intake.Core.Callbacks;
using Intake.Testing;
using Intake.Testing.Twilio;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Intake.Channels.Twilio.Tests.Voice;

/// <summary>Calls that end another way: a hang-up mid-flow, a callback request, a fixed line, a withheld number.</summary>
public sealed class IvrEndingsTests
{
    private const string Mobile = "+31612345678";

    [Fact]
    public async Task A_hang_up_after_1_still_leaves_a_case_in_review_with_the_receipt_time()
    {
        await using var host = await TwilioTestHost.StartAsync(api: null);
        var call = new IvrCall(host, "CA2000", Mobile);
        await call.StartAsync();
        await call.AnswerAsync("1");
        var declaredAt = await host.Database.ScalarAsync<DateTime>("SELECT declared_at FROM twilio_call");

        await call.HangUpAsync();

        var (status, receivedAt) = (await host.Database.QueryAsync<(string, DateTime)>("SELECT status, received_at FROM cancellation_case"))[0];
        Assert.Equal("NeedsReview", status);
        Assert.Equal(declaredAt, receivedAt);
        Assert.Equal("unclear", await host.Database.ScalarAsync<string>("SELECT intent FROM inbound_message"));
        Assert.Equal("unconfirmed", await host.Database.ScalarAsync<string>("SELECT outcome FROM twilio_call"));
        // A second status callback (Twilio retries) changes nothing.
        await call.HangUpAsync();
        Assert.Equal(1, await host.Database.ScalarAsync<long>("SELECT count(*) FROM inbound_message"));
    }

    [Fact]
    public async Task Without_a_hang_up_callback_the_sweep_takes_in_a_call_gone_quiet()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await TwilioTestHost.StartAsync(api: null, time);
        var call = new IvrCall(host, "CA2001", Mobile);
        await call.StartAsync();
        await call.AnswerAsync("1");
        await call.AnswerAsync("987654");
        var sweep = host.Services.GetRequiredService<TwilioVoiceSweepJob>();

        await sweep.RunAsync(CancellationToken.None);
        Assert.Equal(0, await host.Database.ScalarAsync<long>("SELECT count(*) FROM inbound_message"));
        time.Advance(TimeSpan.FromMinutes(20));
        await sweep.RunAsync(CancellationToken.None);
        await sweep.RunAsync(CancellationToken.None);

        Assert.Equal("NeedsReview", await host.Database.ScalarAsync<string>("SELECT status FROM cancellation_case"));
        Assert.Contains("987654", await host.Database.ScalarAsync<string>("SELECT body_text FROM inbound_message"), StringComparison.Ordinal);
        Assert.Equal(1, await host.Database.ScalarAsync<long>("SELECT count(*) FROM inbound_message"));
    }

    [Fact]
    public async Task A_callback_request_becomes_a_promise_due_next_business_day_at_noon_that_escalates_when_overdue()
    {
        // A Friday afternoon in Amsterdam: the callback is due Monday 12:00.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 15, 30, 0, TimeSpan.Zero));
        await using var host = await TwilioTestHost.StartAsync(api: null, time);
        var call = new IvrCall(host, "CA2002", Mobile);
        await call.StartAsync();

        await call.AnswerAsync("2");

        Assert.True(call.HungUp);
        Assert.Contains("We bellen u terug op maandag 30 november, rond 12:00", call.Said, StringComparison.Ordinal);
        Assert.Equal(new DateTime(2026, 11, 30, 11, 0, 0, DateTimeKind.Utc), await host.Database.ScalarAsync<DateTime>("SELECT due_at FROM callback_promise"));
        Assert.Equal("NeedsReview", await host.Database.ScalarAsync<string>("SELECT status FROM cancellation_case"));
        Assert.Equal(1, await host.Database.ScalarAsync<long>("SELECT count(*) FROM case_event WHERE type = 'callback_promised'"));

        var escalation = ActivatorUtilities.CreateInstance<CallbackEscalationJob>(host.Services);
        time.Advance(TimeSpan.FromDays(2));
        await escalation.RunAsync(CancellationToken.None);
        Assert.Equal(0, await host.Database.ScalarAsync<long>("SELECT count(*) FROM case_event WHERE type = 'callback_overdue'"));
        time.Advance(TimeSpan.FromDays(1));
        await escalation.RunAsync(CancellationToken.None);
        await escalation.RunAsync(CancellationToken.None);
        Assert.Equal(1, await host.Database.ScalarAsync<long>("SELECT count(*) FROM case_event WHERE type = 'callback_overdue'"));
    }

    [Fact]
    public async Task A_fixed_line_caller_is_confirmed_by_email_on_file_not_by_sms()
    {
        await using var api = await FakeTwilioApi.StartAsync();
        await using var host = await TwilioTestHost.StartAsync(api);
        await CustomerSeed.AddAsync(host.Database, "NL4001", email: "vast@example.nl", phone: "+31201234567");
        var call = new IvrCall(host, "CA2003", "+31201234567");
        await call.StartAsync();
        await call.AnswerAsync("1");
        await call.AnswerAsync("*");
        await call.AnswerAsync("1");

        await host.DispatchAsync();

        Assert.Empty(api.Requests);
        var rows = await host.OutboundAsync(await host.Database.ScalarAsync<string>("SELECT reference FROM cancellation_case"));
        Assert.Contains("21614", Assert.Single(rows, r => r.Channel == "sms").LastError, StringComparison.Ordinal);
        Assert.Single(rows, r => r.Channel == "email" && r.Recipient == "vast@example.nl");
    }

    [Fact]
    public async Task A_withheld_number_still_makes_a_case_and_staff_see_the_confirmation_is_owed()
    {
        await using var api = await FakeTwilioApi.StartAsync();
        await using var host = await TwilioTestHost.StartAsync(api);
        var call = new IvrCall(host, "CA2004", "+266696687");
        await call.StartAsync();
        await call.AnswerAsync("1");
        await call.AnswerAsync("*");
        await call.AnswerAsync("1");

        await host.DispatchAsync();

        Assert.Contains("Uw opzegging is ontvangen", call.Said, StringComparison.Ordinal);
        Assert.Equal(1, await host.Database.ScalarAsync<long>("SELECT count(*) FROM case_event WHERE type = 'confirmation_owed'"));
    }
}
