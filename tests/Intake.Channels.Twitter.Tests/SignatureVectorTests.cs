using System.Text;
using Intake.Channels.Twitter.Api;
using Intake.Channels.Twitter.Webhooks;

namespace Intake.Channels.Twitter.Tests;

public sealed class SignatureVectorTests
{
    private const string ConsumerSecret = "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw";

    [Fact]
    public void Crc_response_token_matches_the_published_vector() =>
        Assert.Equal("sha256=nlBfoc+sYi739ivT57rTKKl7OQM8PcJSNybJqfjoBUk=", XWebhookSignature.ResponseToken(ConsumerSecret, "challenge_string"));

    [Fact]
    public void Webhook_signature_of_the_exact_body_is_accepted_and_any_forgery_refused()
    {
        var body = Encoding.UTF8.GetBytes("""{"for_user_id":"1","tweet_create_events":[]}""");
        var valid = XWebhookSignature.ResponseToken(ConsumerSecret, Encoding.UTF8.GetString(body));

        Assert.True(XWebhookSignature.IsValid(ConsumerSecret, body, valid));
        Assert.False(XWebhookSignature.IsValid(ConsumerSecret, body, null));
        Assert.False(XWebhookSignature.IsValid(ConsumerSecret, body, ""));
        Assert.False(XWebhookSignature.IsValid(ConsumerSecret, body, valid[..^2] + "A="));
        Assert.False(XWebhookSignature.IsValid(ConsumerSecret, body, valid.Replace("sha256=", "sha1=", StringComparison.Ordinal)));
        Assert.False(XWebhookSignature.IsValid("another-secret", body, valid));
        Assert.False(XWebhookSignature.IsValid(ConsumerSecret, [.. body, (byte)' '], valid));
    }

    [Theory]
    [InlineData("https://api.x.com/1.1/statuses/update.json", "Ls93hJiZbQ3akF3HF3x1Bz8/zU4=")]
    [InlineData("https://api.twitter.com/1.1/statuses/update.json", "hCtSmYh+iHYCEqBWrE7C7hYmtUk=")]
    public void OAuth1_signature_matches_the_published_X_example(string url, string expected)
    {
        var signer = new OAuth1Signer("xvz1evFS4wEEPTGEFPHBog", ConsumerSecret,
            "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb", "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE");

        var header = signer.AuthorizationHeader("POST", new Uri(url + "?include_entities=true"),
            [new("status", "Hello Ladies + Gentlemen, a signed OAuth request!")], "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg", 1318622958);

        Assert.Contains($"oauth_signature=\"{OAuth1Signer.Encode(expected)}\"", header, StringComparison.Ordinal);
        Assert.StartsWith("OAuth oauth_consumer_key=\"xvz1evFS4wEEPTGEFPHBog\"", header, StringComparison.Ordinal);
        Assert.Contains("oauth_token=\"370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb\"", header, StringComparison.Ordinal);
    }

    [Fact]
    public void Percent_encoding_is_RFC_3986()
    {
        Assert.Equal("Ladies%20%2B%20Gentlemen", OAuth1Signer.Encode("Ladies + Gentlemen"));
        Assert.Equal("An%20encoded%20string%21", OAuth1Signer.Encode("An encoded string!"));
        Assert.Equal("Dogs%2C%20Cats%20%26%20Mice", OAuth1Signer.Encode("Dogs, Cats & Mice"));
        Assert.Equal("%E2%98%83", OAuth1Signer.Encode("☃"));
        Assert.Equal("-._~", OAuth1Signer.Encode("-._~"));
    }
}
