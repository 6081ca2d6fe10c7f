using System.Text.RegularExpressions;
using Intake.Core.Console;
using Intake.Testing;
using Intake.Webcare.Tests.Support;

namespace Intake.Webcare.Tests;

public sealed partial class QueueAndSearchTests(ConsoleHostFixture fixture) : IClassFixture<ConsoleHostFixture>
{
    private readonly ConsoleHostFactory _host = fixture.Host;

    [Fact]
    public async Task Queues_count_cases_from_every_channel_and_filter_by_channel()
    {
        var client = await _host.SignInAsync(StaffRoles.Agent);
        var before = Counts(await client.GetStringAsync("/console"));
        await _host.ReceiveAsync("email", $"q{Guid.NewGuid():N}@example.nl", "Wat is de opzegtermijn van mijn contract?");
        await _host.ReceiveAsync("sms", "+3161" + Random.Shared.Next(1000000, 9999999), "hoe zeg ik op bij jullie??");
        await _host.ReceiveAsync("email", $"u{Guid.NewGuid():N}@example.nl", "Hierbij zeg ik mijn abonnement op.");

        var after = Counts(await client.GetStringAsync("/console"));
        Assert.Equal(before["review"] + 2, after["review"]);
        Assert.Equal(before["identification"] + 1, after["identification"]);
        var smsOnly = await client.GetStringAsync("/console?queue=review&channel=sms");
        Assert.True(Counts(smsOnly)["review"] >= 1);
        Assert.True(Counts(smsOnly)["review"] < after["review"]);
        Assert.DoesNotContain("<td>email</td>", smsOnly);
    }

    [Fact]
    public async Task Search_finds_a_case_by_reference_email_phone_x_handle_and_account_number()
    {
        var account = "NL" + Random.Shared.Next(100000, 999999);
        var email = $"zoek{account.ToLowerInvariant()}@example.nl";
        var phone = "+3162" + Random.Shared.Next(1000000, 9999999);
        await CustomerSeed.AddAsync(_host.Database, account, email: email, phone: phone);
        var byEmail = (await _host.ReceiveAsync("email", email, "Wat is de opzegtermijn van mijn contract?")).CaseReference!;
        var xCase = (await _host.ReceiveAsync("x", "98765" + Random.Shared.Next(1000, 9999), "hoe zeg ik op bij jullie??", displayName: "@Zoeker" + account)).CaseReference!;
        var client = await _host.SignInAsync(StaffRoles.Agent);

        foreach (var query in new[] { byEmail, byEmail.ToLowerInvariant(), email.ToUpperInvariant(), "06" + phone[4..], account.ToLowerInvariant() })
            Assert.True((await client.GetStringAsync("/console?q=" + Uri.EscapeDataString(query))).Contains(byEmail, StringComparison.Ordinal), query);
        foreach (var query in new[] { "@zoeker" + account.ToLowerInvariant(), "Zoeker" + account })
            Assert.True((await client.GetStringAsync("/console?q=" + Uri.EscapeDataString(query))).Contains(xCase, StringComparison.Ordinal), query);
        Assert.Contains("No cases.", await client.GetStringAsync("/console?q=nobody%40nowhere.example"));
    }

    private static Dictionary<string, int> Counts(string html) =>
        CountPattern().Matches(html).ToDictionary(m => m.Groups[1].Value, m => int.Parse(m.Groups[2].Value));

    [GeneratedRegex("data-count=\"(\\w+)\">(\\d+)<")]
    private static partial Regex CountPattern();
}
