using System.Text;
using Intake.Channels.Twitter.Mapping;
using Intake.Channels.Twitter.Polling;
using Intake.Channels.Twitter.Webhooks;
using Intake.Core.Pipeline;

namespace Intake.Channels.Twitter.Tests;

public sealed class PayloadMappingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 30, 0, TimeSpan.Zero);
    private readonly XRawPayloadReader _reader = new();

    [Fact]
    public void Account_activity_mention_becomes_a_message_from_the_user_id_with_the_handle_for_display()
    {
        var events = new AccountActivityEnvelopeReader().Events(Fixtures.Json("account-activity-tweet-create.json"));
        var xEvent = Assert.Single(events);

        var message = _reader.Read(new RawPayload("x", xEvent.Id, xEvent.ContentType, xEvent.Body, Now));

        Assert.Equal(("1861000000000000101", "2244994945"), (xEvent.Id, xEvent.AuthorId));
        Assert.Equal("x", message.Channel);
        Assert.Equal("1861000000000000101", message.ProviderMessageId);
        Assert.Equal("2244994945", message.SenderAddress);
        Assert.Equal("@roosdv", message.DisplayName);
        Assert.Equal("1861000000000000101", message.ThreadReference);
        Assert.StartsWith("Ik wil mijn abonnement opzeggen, klantnummer NL1001.", message.Text, StringComparison.Ordinal);
        // The tweet's own time (09:15:02) is the receipt, not the later moment we read it.
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 9, 15, 2, TimeSpan.Zero), message.ReceivedAt);
    }

    [Fact]
    public void Account_activity_dm_keeps_only_its_own_sender_and_maps_to_a_dm_without_thread()
    {
        var xEvent = Assert.Single(new AccountActivityEnvelopeReader().Events(Fixtures.Json("account-activity-dm.json")));
        var stored = Encoding.UTF8.GetString(xEvent.Body);

        var message = _reader.Read(new RawPayload("x", xEvent.Id, xEvent.ContentType, xEvent.Body, Now));

        Assert.Contains("\"message_create\"", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("Acme Klantenservice", stored, StringComparison.Ordinal);
        Assert.Equal(("1861000000000000202", "2244994945", "@roosdv"), (message.ProviderMessageId, message.SenderAddress, message.DisplayName));
        Assert.Null(message.ThreadReference);
        Assert.Equal("Hallo, ik wil graag mijn internetabonnement opzeggen per 1 januari.", message.Text);
    }

    [Fact]
    public void V2_mentions_page_yields_one_stored_event_per_tweet_and_a_pure_retweet_carries_no_words_of_the_retweeter()
    {
        var page = V2Page.Read(Fixtures.Json("v2-mentions.json"), "author_id", XPayloadFormats.V2Tweet);

        var retweet = _reader.Read(new RawPayload("x", page.Events[0].Id, page.Events[0].ContentType, page.Events[0].Body, Now));
        var mention = _reader.Read(new RawPayload("x", page.Events[1].Id, page.Events[1].ContentType, page.Events[1].Body, Now));

        Assert.Null(page.NextToken);
        Assert.Equal("3333333333", retweet.SenderAddress);
        Assert.DoesNotContain("opzeggen", retweet.Text, StringComparison.Ordinal);
        Assert.Equal(("1861000000000000101", "2244994945", "@roosdv"), (mention.ProviderMessageId, mention.SenderAddress, mention.DisplayName));
        Assert.StartsWith("Ik wil mijn abonnement opzeggen", mention.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void V2_dm_events_page_maps_dms_with_the_same_id_the_webhook_uses()
    {
        var page = V2Page.Read(Fixtures.Json("v2-dm-events.json"), "sender_id", XPayloadFormats.V2DirectMessage);
        var webhook = Assert.Single(new AccountActivityEnvelopeReader().Events(Fixtures.Json("account-activity-dm.json")));

        var dm = _reader.Read(new RawPayload("x", page.Events[1].Id, page.Events[1].ContentType, page.Events[1].Body, Now));

        Assert.Equal("18LAA5FFPEKJA52G0G0A", page.NextToken);
        Assert.Equal("1500000000000000001", page.Events[0].AuthorId);
        Assert.Equal(webhook.Id, dm.ProviderMessageId);
        Assert.Equal(("2244994945", "@roosdv"), (dm.SenderAddress, dm.DisplayName));
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 9, 15, 2, TimeSpan.Zero), dm.ReceivedAt);
    }

    [Fact]
    public void A_quote_is_read_on_the_quoters_own_words_only()
    {
        var body = """
            {"data":{"id":"1861000000000000501","author_id":"77","created_at":"2026-11-24T09:00:00.000Z",
             "text":"Zelfde hier @AcmeZorg, ik zeg ook op https://t.co/abc",
             "referenced_tweets":[{"type":"quoted","id":"1861000000000000101"}]},
             "includes":{"users":[{"id":"77","name":"Piet","username":"piet"}]}}
            """u8.ToArray();

        var message = _reader.Read(new RawPayload("x", "1861000000000000501", XPayloadFormats.V2Tweet, body, Now));

        Assert.Equal("Zelfde hier @AcmeZorg, ik zeg ook op https://t.co/abc", message.Text);
        Assert.Equal(("77", "@piet"), (message.SenderAddress, message.DisplayName));
    }

    [Theory]
    [InlineData(XPayloadFormats.AccountActivity, "not json")]
    [InlineData(XPayloadFormats.AccountActivity, """{"for_user_id":"1","tweet_create_events":[{"id_str":"5","text":"hi"}]}""")]
    [InlineData(XPayloadFormats.V2Tweet, """{"data":{"id":"5","text":"hi"}}""")]
    [InlineData(XPayloadFormats.V2DirectMessage, """{"data":{"text":"hi","sender_id":"7"}}""")]
    [InlineData("application/json", """{"data":{}}""")]
    public void Unreadable_payloads_fail_with_a_format_error_so_the_gateway_quarantines_them(string contentType, string body) =>
        Assert.Throws<FormatException>(() => _reader.Read(new RawPayload("x", null, contentType, Encoding.UTF8.GetBytes(body), Now)));

    [Theory]
    [InlineData("@AcmeZorg @AcmeNL ik wil opzeggen", "ik wil opzeggen")]
    [InlineData("ik wil opzeggen @AcmeZorg", "ik wil opzeggen @AcmeZorg")]
    [InlineData("@AcmeZorg", "@AcmeZorg")]
    public void The_reply_prefix_of_mentions_is_not_part_of_the_customers_words(string text, string own) =>
        Assert.Equal(own, XTweetText.OwnWords(text));

    [Fact]
    public void Ids_compare_as_numbers_of_any_length()
    {
        Assert.True(XIds.Compare("1861000000000000101", "999999999999999999") > 0);
        Assert.True(XIds.Compare("1861000000000000101", "1861000000000000102") < 0);
        Assert.Equal(0, XIds.Compare("42", "42"));
    }
}
