using Intake.Core.Events;

namespace Intake.Core.Tests.Events;

public sealed class StandardWebhookSignerTests
{
    [Fact]
    public void Signs_the_published_Standard_Webhooks_vector()
    {
        var signature = StandardWebhookSigner.Sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}");

        Assert.Equal("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", signature);
    }

    [Theory]
    [InlineData("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", true)]
    [InlineData("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", false)]
    [InlineData("whsec_not base64!", false)]
    [InlineData("whsec_c2hvcnQ=", false)]
    [InlineData("", false)]
    public void Accepts_only_whsec_secrets_with_a_real_key(string secret, bool valid) =>
        Assert.Equal(valid, StandardWebhookSigner.IsValidSecret(secret));
}
