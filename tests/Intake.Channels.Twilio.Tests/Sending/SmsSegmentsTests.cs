using Intake.Channels.Twilio.Sending;
using Intake.Core.Configuration;
using Intake.Core.Templates;

namespace Intake.Channels.Twilio.Tests.Sending;

public sealed class SmsSegmentsTests
{
    [Theory]
    [InlineData(160, 'a', true, 1)]
    [InlineData(161, 'a', true, 2)]
    [InlineData(306, 'a', true, 2)]
    [InlineData(307, 'a', true, 3)]
    [InlineData(70, 'ł', false, 1)]
    [InlineData(71, 'ł', false, 2)]
    [InlineData(134, 'ł', false, 2)]
    public void Counts_segments_for_gsm7_and_ucs2(int length, char c, bool gsm, int segments)
    {
        var text = new string(c, length);
        Assert.Equal(gsm, SmsSegments.IsGsm7(text));
        Assert.Equal(segments, SmsSegments.Count(text));
    }

    [Fact]
    public void Extension_characters_count_twice_and_an_emoji_switches_to_ucs2()
    {
        Assert.Equal(2, SmsSegments.Units("€"));
        Assert.Equal(2, SmsSegments.Count(new string('€', 81)));
        Assert.True(SmsSegments.IsGsm7("Kündigung für Straße, Ñ, à, é"));
        // Dutch diaereses are not in GSM-7: one of them makes the whole message UCS-2.
        Assert.False(SmsSegments.IsGsm7("financiële"));
        Assert.False(SmsSegments.IsGsm7("Bedankt 🙏"));
        Assert.Equal(10, SmsSegments.Units("Bedankt 🙏"));
    }

    [Fact]
    public void Fit_never_cuts_a_word_and_keeps_the_start()
    {
        var text = "Opzegging ontvangen 24-11-2026 21:05. Ref C-2026-000123. " + string.Join(" ", Enumerable.Repeat("woordje", 60));

        var fitted = SmsSegments.Fit(text, 2);

        Assert.True(SmsSegments.Count(fitted) <= 2);
        Assert.StartsWith("Opzegging ontvangen 24-11-2026 21:05. Ref C-2026-000123.", fitted, StringComparison.Ordinal);
        Assert.EndsWith("woordje...", fitted, StringComparison.Ordinal);
        Assert.Equal("kort bericht", SmsSegments.Fit("kort bericht", 2));
    }

    [Theory]
    [InlineData("confirmation", "nl")]
    [InlineData("confirmation", "en")]
    [InlineData("confirmation", "de")]
    [InlineData("acknowledgement", "nl")]
    [InlineData("acknowledgement", "en")]
    [InlineData("identification-request", "nl")]
    [InlineData("identification-request", "en")]
    public void Every_sms_template_fits_two_gsm7_segments_in_the_worst_case(string kind, string language)
    {
        var templates = new ReplyTemplates(Path.Combine(ChannelConfigDirectory.Find(), "templates"));
        // Longest month names, a long product, a six-digit reference: the worst the templates can get.
        var model = new ReplyModel("C-2026-999999", "Glasvezel Internet + TV + Bellen Compleet", new DateTimeOffset(2026, 9, 30, 21, 59, 0, TimeSpan.Zero),
            new DateOnly(2026, 9, 30), "ordinary", "https://intake.example.nl/why/abcdefghijklmnopqrstuvwxyz012345", "Maria-Louisa van den Berg-Hoogeveen");

        var rendered = templates.Render(kind, "sms", language, model);

        Assert.Contains(".sms.", rendered.Template + ".", StringComparison.Ordinal);
        Assert.True(SmsSegments.IsGsm7(rendered.Body), rendered.Body);
        Assert.True(SmsSegments.Count(rendered.Body) <= 2, $"{SmsSegments.Count(rendered.Body)} segments: {rendered.Body}");
        Assert.Contains("C-2026-999999", rendered.Body, StringComparison.Ordinal);
        Assert.Contains("23:59", rendered.Body, StringComparison.Ordinal);
    }
}
