using Intake.Core.Classification;
using Intake.Core.Configuration;
using Intake.Core.Languages;

namespace Intake.Core.Tests.Languages;

/// <summary>
/// The data a language needs besides its entry in <see cref="SupportedLanguages"/> (README, "Adding a language"):
/// intent phrases and voice prompts here, reply templates in <c>TemplateLanguageCoverageTests</c>, the web form's texts
/// and the console's texts in their own projects' tests.
/// </summary>
public sealed class LanguageChecklistTests
{
    private static readonly string ChannelConfig = ChannelConfigDirectory.Find();

    [Fact]
    public void Every_supported_language_has_intent_phrases_and_the_classifier_reads_them_in_the_supported_order()
    {
        var phrases = PhraseBook.Load(Path.Combine(ChannelConfig, "intents"));

        Assert.Equal(SupportedLanguages.All, phrases.Languages);
    }

    [Fact]
    public void Every_supported_language_says_what_its_mail_clients_write() =>
        Assert.All(SupportedLanguages.All, language =>
        {
            using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(ChannelConfig, "intents", language + ".json")),
                new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var mail = json.RootElement.GetProperty("mail");
            foreach (var list in new[] { "replyPrefixes", "autoReplySubjects", "readReceiptPrefixes", "readReceiptBodies" })
            {
                Assert.True(mail.GetProperty(list).GetArrayLength() > 0, $"{language}.json: mail.{list} is empty");
            }
        });

    [Fact]
    public void Every_supported_language_has_voice_prompts() =>
        Assert.All(SupportedLanguages.All, language =>
            Assert.True(File.Exists(Path.Combine(ChannelConfig, "voice", language + ".json")), $"channel-config/voice/{language}.json is missing"));

    [Fact]
    public void Every_supported_language_has_a_reply_template() =>
        Assert.All(SupportedLanguages.All, language =>
            Assert.NotEmpty(Directory.GetFiles(Path.Combine(ChannelConfig, "templates"), $"*.{language}.liquid")));
}
