using Intake.Channels.Twitter.Sending;
using Intake.Core.Configuration;
using Intake.Core.Templates;

namespace Intake.Channels.Twitter.Tests;

public sealed class PublicTextGuardTests
{
    private static readonly string[] OnFile = ["Roos de Vries", "NL1001", "roos@example.nl", "+31612345678", "Internet 100", "K-NL1001", "@roosdv"];

    [Theory]
    [InlineData("Dank je Roos, we hebben je DM gestuurd.", "personal detail on file")]
    [InlineData("Dank je mevrouw de Vries.", "personal detail on file")]
    [InlineData("Je abonnement Internet 100 is opgezegd.", "personal detail on file")]
    [InlineData("Contract K-NL1001 is opgezegd.", "personal detail on file")]
    [InlineData("Klantnummer NL2002 is bekend.", "account number")]
    [InlineData("We mailden naar iemand@voorbeeld.nl.", "email address")]
    [InlineData("We bellen je op 06-12345678.", "phone number")]
    [InlineData("We bellen je op +49 30 1234567.", "phone number")]
    [InlineData("Je adres Kerkstraat 12 klopt.", "street address")]
    [InlineData("Post naar 3511 AB is verstuurd.", "postcode")]
    [InlineData("Einde op 31-12-2026.", "date")]
    [InlineData("Einde op 1 januari.", "date")]
    [InlineData("Ends on December 31.", "date")]
    [InlineData("Ende zum 1. Januar.", "date")]
    [InlineData("Ontvangen om 14:32.", "time")]
    [InlineData("Hoi @someone, bekijk je DM.", "handle")]
    [InlineData("Zie https://intake.example/why/abc.", "link")]
    [InlineData("Je nummer 2244994945 staat genoteerd.", "number")]
    public void The_guard_blocks_each_kind_of_personal_data(string text, string kind) =>
        Assert.Equal(kind, PublicTextGuard.Violation(text, OnFile));

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    [InlineData("de")]
    public void The_public_reply_templates_pass_the_guard_with_only_the_reference(string language)
    {
        var templates = new ReplyTemplates(Path.Combine(ChannelConfigDirectory.Find(), "templates"));
        var model = new ReplyModel("C-2026-000123", "Internet 100", DateTimeOffset.UtcNow, new DateOnly(2026, 12, 31), "ordinary", "https://x/why/t", "@roosdv");

        foreach (var kind in new[] { "public-reply", "public-reply-dm-closed" })
        {
            var text = templates.Render(kind, "x", language, model).Body;
            Assert.Null(PublicTextGuard.Violation(text, OnFile));
            Assert.Contains("C-2026-000123", text, StringComparison.Ordinal);
            Assert.True(text.Length <= 280, $"{kind}.{language} is {text.Length} characters");
        }
    }
}
