using Xunit;

namespace Intake.Core.Tests.Classification;

public sealed class LanguageDetectionTests
{
    [Theory]
    [InlineData("Hierbij wil ik mijn abonnement opzeggen, met vriendelijke groet.", "nl")]
    [InlineData("hoe zeg ik op bij jullie", "nl")]
    [InlineData("Please cancel my subscription, thanks.", "en")]
    [InlineData("how do i cancel", "en")]
    [InlineData("Hiermit kündige ich meinen Vertrag.", "de")]
    [InlineData("Kündigung", "de")]
    [InlineData("kuendige mein abo", "de")]
    [InlineData("I want to cancel mijn abonnement please, thank you very much", "en")]
    public void Language_is_read_from_stop_words_and_cue_words(string text, string expected)
    {
        Assert.Equal(expected, Classifier.Classify(text).Language);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345678")]
    [InlineData("STOP")]
    [InlineData("😡😡😡")]
    public void Dutch_is_assumed_when_nothing_decides(string text)
    {
        Assert.Equal("nl", Classifier.Classify(text).Language);
    }
}
