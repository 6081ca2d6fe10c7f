using System.Text;
using Intake.Channels.Twilio.Signing;
using Intake.Testing.Twilio;
using Twilio.Security;

namespace Intake.Channels.Twilio.Tests.Signing;

/// <summary>
/// Twilio's published test vectors (auth token 12345) and the ways a signature can be wrong, checked through the
/// official library's validator; our test signer is held to the same vectors.
/// </summary>
public sealed class TwilioSignatureValidatorTests
{
    private const string Token = "12345";
    private const string Url = "https://mycompany.com/myapp.php?foo=1&bar=2";

    private static readonly KeyValuePair<string, string>[] Params =
    [
        new("CallSid", "CA1234567890ABCDE"), new("Caller", "+14158675309"), new("Digits", "1234"),
        new("From", "+14158675309"), new("To", "+18005551212"),
    ];

    [Theory]
    [InlineData("https://mycompany.com/myapp.php?foo=1&bar=2", "RSOYDt4T1cUTdK1PDd93/VVr8B8=")]
    [InlineData("https://mycompany.com:443/myapp.php?foo=1&bar=2", "kvajT1Ptam85bY51eRf/AJRuM3w=")]
    [InlineData("http://mycompany.com/myapp.php?foo=1&bar=2", "OyGYPqTF6ztdbRNCvuQO/oPvqQ4=")]
    [InlineData("http://mycompany.com:80/myapp.php?foo=1&bar=2", "0ZXoZLH/DfblKGATFgpif+LLRf4=")]
    [InlineData("http://mycompany.com:1234/myapp.php?foo=1&bar=2", "Zmvh+3yNM1Phv2jhDCwEM3q5ebU=")]
    public void Computes_the_published_signature_for_each_url_form(string url, string expected)
    {
        Assert.Equal(expected, TwilioWebhookSigner.Sign(Token, url, Params));
        Assert.True(TwilioSignatureValidator.IsValid(Token, url, Params, expected));
    }

    [Fact]
    public void The_official_library_accepts_the_published_vector_and_refuses_a_tampered_one()
    {
        var validator = new RequestValidator(Token);
        var fields = Params.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        Assert.True(validator.Validate(Url, fields, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
        fields["Digits"] = "9999";
        Assert.False(validator.Validate(Url, fields, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
    }

    [Fact]
    public void Accepts_the_url_with_and_without_the_default_port_as_twilio_libraries_do()
    {
        // Signed without the port, received with it; and the other way round.
        Assert.True(TwilioSignatureValidator.IsValid(Token, "https://mycompany.com:443/myapp.php?foo=1&bar=2", Params, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
        Assert.True(TwilioSignatureValidator.IsValid(Token, Url, Params, "kvajT1Ptam85bY51eRf/AJRuM3w="));
        Assert.True(TwilioSignatureValidator.IsValid(Token, "http://mycompany.com/myapp.php?foo=1&bar=2", Params, "0ZXoZLH/DfblKGATFgpif+LLRf4="));
        Assert.True(TwilioSignatureValidator.IsValid(Token, "http://mycompany.com:80/myapp.php?foo=1&bar=2", Params, "OyGYPqTF6ztdbRNCvuQO/oPvqQ4="));
    }

    [Fact]
    public void A_non_default_port_is_never_added()
    {
        // Signed for port 1234, received without a port or on another one.
        Assert.False(TwilioSignatureValidator.IsValid(Token, "http://mycompany.com/myapp.php?foo=1&bar=2", Params, "Zmvh+3yNM1Phv2jhDCwEM3q5ebU="));
        Assert.False(TwilioSignatureValidator.IsValid(Token, "http://mycompany.com:4321/myapp.php?foo=1&bar=2", Params, "Zmvh+3yNM1Phv2jhDCwEM3q5ebU="));
    }

    [Fact]
    public void A_signature_for_the_portless_url_is_accepted_on_a_non_default_port_as_the_library_does()
    {
        // The library tries the URL without its port too (our own check did not); the README says so.
        Assert.True(TwilioSignatureValidator.IsValid(Token, "http://mycompany.com:1234/myapp.php?foo=1&bar=2", Params, "OyGYPqTF6ztdbRNCvuQO/oPvqQ4="));
    }

    [Fact]
    public void Json_body_is_signed_through_its_sha256_in_the_query()
    {
        var body = Encoding.UTF8.GetBytes("""{"property": "value", "boolean": true}""");
        var (url, signature) = TwilioWebhookSigner.SignJson(Token, Url, body);
        Assert.Equal(Url + "&bodySHA256=0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620", url);
        Assert.Equal("a9nBmqA0ju/hNViExpshrM61xv4=", signature);
        Assert.True(TwilioSignatureValidator.IsValidJson(Token, url, body, signature));
        // The same signature over a changed body is refused: the hash no longer matches.
        Assert.False(TwilioSignatureValidator.IsValidJson(Token, url, Encoding.UTF8.GetBytes("""{"property": "other", "boolean": true}"""), signature));
        Assert.False(TwilioSignatureValidator.IsValidJson(Token, Url, body, signature));
    }

    [Theory]
    [InlineData("&bodySHA256")]
    [InlineData("&bodySHA256=")]
    [InlineData("&bodySHA256=0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620&bodySHA256=0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620")]
    public void A_missing_empty_or_repeated_body_hash_is_refused_without_an_exception(string query)
    {
        var body = Encoding.UTF8.GetBytes("""{"property": "value", "boolean": true}""");
        var url = Url + query;
        Assert.False(TwilioSignatureValidator.IsValidJson(Token, url, body, TwilioWebhookSigner.Sign(Token, url, [])));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("RSOYDt4T1cUTdK1PDd93/VVr8B8")]
    [InlineData("rsoydt4t1cutdk1pdd93/vvr8b8=")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    public void Forged_or_missing_signatures_are_refused(string? signature) =>
        Assert.False(TwilioSignatureValidator.IsValid(Token, Url, Params, signature));

    [Fact]
    public void A_changed_parameter_or_another_token_breaks_the_signature()
    {
        var tampered = Params.Select(p => p.Key == "Digits" ? new KeyValuePair<string, string>("Digits", "9999") : p).ToArray();
        Assert.False(TwilioSignatureValidator.IsValid(Token, Url, tampered, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
        Assert.False(TwilioSignatureValidator.IsValid("54321", Url, Params, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
        Assert.False(TwilioSignatureValidator.IsValid(Token, Url + "&baz=3", Params, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
    }

    [Fact]
    public void Unicode_and_emoji_values_sign_as_utf8_in_any_parameter_order()
    {
        KeyValuePair<string, string>[] fields = [new("Body", "Ik zeg op 🙏 — café ü"), new("From", "+31612345678"), new("MessageSid", "SM1")];
        var signature = TwilioWebhookSigner.Sign(Token, Url, fields);
        Assert.True(TwilioSignatureValidator.IsValid(Token, Url, fields.Reverse(), signature));
        Assert.False(TwilioSignatureValidator.IsValid(Token, Url, [new("Body", "Ik zeg op 🙏 — cafe ü"), fields[1], fields[2]], signature));
    }

    [Fact]
    public void A_repeated_parameter_name_is_signed_once_per_value_in_value_order()
    {
        // The library takes one value per name; Twilio signs each value of a repeated name, so ours folds them first.
        KeyValuePair<string, string>[] fields = [new("MediaUrl", "https://b.example/2"), new("From", "+31612345678"), new("MediaUrl", "https://a.example/1")];
        var signature = TwilioWebhookSigner.Sign(Token, Url, fields);
        Assert.True(TwilioSignatureValidator.IsValid(Token, Url, fields, signature));
        Assert.False(TwilioSignatureValidator.IsValid(Token, Url, fields[..2], signature));
        Assert.False(TwilioSignatureValidator.IsValid(Token, Url, [.. fields, new("MediaUrl", "https://c.example/3")], signature));
    }
}
