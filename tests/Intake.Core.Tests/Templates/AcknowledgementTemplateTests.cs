using Intake.Core.Configuration;
using Intake.Core.Templates;

namespace Intake.Core.Tests.Templates;

public sealed class AcknowledgementTemplateTests
{
    private static readonly ReplyTemplates Templates = new(Path.Combine(ChannelConfigDirectory.Find(), "templates"));

    public static TheoryData<string, string, string, string> ChannelsAndLanguages => new()
    {
        { "email", "nl", "24 november 2026", "medewerker" },
        { "email", "en", "24 November 2026", "member of staff" },
        { "email", "de", "24. November 2026", "Mitarbeiter" },
        { "sms", "nl", "24-11-2026", "medewerker" },
        { "sms", "en", "24-11-2026", "member of staff" },
        { "sms", "de", "24-11-2026", "Mitarbeiter" },
        { "x", "nl", "24 november 2026", "medewerker" },
        { "x", "en", "24 November 2026", "member of staff" },
        { "x", "de", "24. November 2026", "Mitarbeiter" },
    };

    [Theory]
    [MemberData(nameof(ChannelsAndLanguages))]
    public void Acknowledgement_states_the_receipt_time_the_reference_and_that_a_person_follows_up_on_every_channel(
        string channel, string language, string date, string person)
    {
        var model = new ReplyModel("C-2026-000123", null, new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.Zero), null, null, null, null);

        var reply = Templates.Render("acknowledgement", channel, language, model);

        Assert.Equal(channel == "email" ? $"acknowledgement.{language}" : $"acknowledgement.{channel}.{language}", reply.Template);
        Assert.Contains(date, reply.Body, StringComparison.Ordinal);
        Assert.Contains("10:30", reply.Body, StringComparison.Ordinal);
        Assert.Contains("C-2026-000123", reply.Body, StringComparison.Ordinal);
        Assert.Contains(person, reply.Body, StringComparison.Ordinal);
        Assert.Equal(channel == "email", reply.Subject is not null);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void A_sender_without_a_name_is_greeted_without_an_empty_name(string? displayName)
    {
        var model = new ReplyModel("C-2026-000123", null, new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.Zero), null, null, null, displayName);

        var reply = Templates.Render("acknowledgement", "email", "en", model);

        Assert.StartsWith("Dear customer,", reply.Body, StringComparison.Ordinal);
    }
}
