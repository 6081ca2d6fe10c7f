using System.Globalization;
using Intake.Testing.X;

namespace Intake.Host.Tests.X;

public sealed class XAcknowledgementTests
{
    [Fact]
    public async Task Unclear_mention_on_x_is_acknowledged_by_dm_without_personal_data_in_public()
    {
        await using var host = await XHost.StartAsync();
        var userId = await host.KnownCustomerAsync("vraagsteller", "NL4114", "Tv Basis");
        var tweetId = host.Api.NewId();

        await host.DeliverAsync(AccountActivityPayloads.Mention(FakeXApi.AccountId, tweetId, userId, "vraagsteller",
            "@AcmeZorg Hoe kan ik mijn Tv Basis abonnement opzeggen? Klantnummer NL4114"));
        var (reference, status, receivedAt) = (await host.Database.QueryAsync<(string, string, DateTime)>(
            "SELECT reference, status, received_at FROM cancellation_case")).Single();
        await host.WaitForRepliesAsync(reference);

        Assert.Equal("NeedsReview", status);
        Assert.Equal("unclear", await host.Database.ScalarAsync<string>("SELECT intent FROM inbound_message"));
        Assert.Equal("acknowledgement", await host.Database.ScalarAsync<string>("SELECT kind FROM outbound_message"));
        var local = TimeZoneInfo.ConvertTime(new DateTimeOffset(receivedAt, TimeSpan.Zero), TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam"));
        var dm = Assert.Single(host.Api.SentDms);
        Assert.Equal(userId, dm.ParticipantId);
        Assert.Contains(reference, dm.Text, StringComparison.Ordinal);
        Assert.Contains(local.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("nl-NL")), dm.Text, StringComparison.Ordinal);
        Assert.Contains(local.ToString("HH:mm", CultureInfo.InvariantCulture), dm.Text, StringComparison.Ordinal);
        var post = Assert.Single(host.Api.Posts);
        Assert.Equal(tweetId, post.InReplyTo);
        // Exactly the public reply every mention gets: "received, see DM" and the reference, nothing else.
        Assert.Equal($"Dank je, we hebben je bericht ontvangen en je een DM gestuurd met alle details (referentie {reference}).", post.Text);
        foreach (var personal in new[] { "Tv Basis", "NL4114", "vraagsteller", "Test Klant", "@example.nl", userId, local.ToString("HH:mm", CultureInfo.InvariantCulture) })
            Assert.DoesNotContain(personal, post.Text, StringComparison.OrdinalIgnoreCase);
    }
}
