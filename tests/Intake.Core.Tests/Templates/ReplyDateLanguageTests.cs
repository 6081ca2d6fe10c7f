using Intake.Core.Configuration;
using Intake.Core.Languages;
using Intake.Core.Templates;

namespace Intake.Core.Tests.Templates;

public sealed class ReplyDateLanguageTests
{
    private static readonly ReplyTemplates Templates = new(Path.Combine(ChannelConfigDirectory.Find(), "templates"));
    private static readonly string[] DutchMonths = ["maart", " mei "];

    [Theory]
    [InlineData("de", "5. März 2026", "31. Mai 2026")]
    [InlineData("en", "5 March 2026", "31 May 2026")]
    [InlineData("nl", "5 maart 2026", "31 mei 2026")]
    public void A_confirmation_writes_its_dates_with_the_month_names_of_its_language(string language, string received, string effective)
    {
        var model = new ReplyModel("C-2026-000123", "Internet", new DateTimeOffset(2026, 3, 5, 9, 30, 0, TimeSpan.Zero), new DateOnly(2026, 5, 31), "ordinary", null, null);

        var reply = Templates.Render("confirmation", "email", language, model);

        Assert.Equal($"confirmation.{language}", reply.Template);
        Assert.Contains(received, reply.Body, StringComparison.Ordinal);
        Assert.Contains(effective, reply.Body, StringComparison.Ordinal);
        if (language != SupportedLanguages.Dutch)
            Assert.DoesNotContain(DutchMonths, month => reply.Body.Contains(month, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_reply_in_an_unsupported_language_is_written_in_the_default_language()
    {
        var model = new ReplyModel("C-2026-000123", null, new DateTimeOffset(2026, 3, 5, 9, 30, 0, TimeSpan.Zero), null, null, null, null);

        var reply = Templates.Render("confirmation", "email", "fr", model);

        Assert.Equal("confirmation.nl", reply.Template);
        Assert.Contains("5 maart 2026", reply.Body, StringComparison.Ordinal);
    }
}
