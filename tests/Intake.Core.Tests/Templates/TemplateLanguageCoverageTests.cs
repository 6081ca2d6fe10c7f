using Intake.Core.Configuration;
using Intake.Core.Languages;
using Intake.Core.Templates;

namespace Intake.Core.Tests.Templates;

public sealed class TemplateLanguageCoverageTests
{
    private static readonly string Directory = Path.Combine(ChannelConfigDirectory.Find(), "templates");

    /// <summary>"staff-reply.sms.de.liquid" is ("staff-reply.sms", "de").</summary>
    private static IEnumerable<(string KindAndChannel, string Language)> Templates() =>
        System.IO.Directory.GetFiles(Directory, "*.liquid").Select(path =>
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var dot = name.LastIndexOf('.');
            return (name[..dot], name[(dot + 1)..]);
        });

    [Fact]
    public void Every_template_kind_and_channel_that_exists_in_one_language_exists_in_every_supported_language()
    {
        var missing = Templates().Select(t => t.KindAndChannel).Distinct(StringComparer.Ordinal)
            .SelectMany(kind => SupportedLanguages.All.Select(language => $"{kind}.{language}.liquid"))
            .Where(file => !File.Exists(Path.Combine(Directory, file)))
            .Order(StringComparer.Ordinal);

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_template_is_written_in_a_supported_language() =>
        Assert.All(Templates(), t => Assert.True(SupportedLanguages.IsSupported(t.Language), $"{t.KindAndChannel}.{t.Language} is not in a supported language"));

    [Theory]
    [InlineData("identification-request", "sms", "Kundennummer")]
    [InlineData("staff-reply", "sms", "Ref. C-2026-000123")]
    [InlineData("staff-reply", "x", "Ref. C-2026-000123")]
    [InlineData("completion", "sms", "müssen")]
    public void A_german_reply_on_a_short_channel_uses_its_own_short_german_template(string kind, string channel, string word)
    {
        var templates = new ReplyTemplates(Directory);
        var model = new ReplyModel("C-2026-000123", null, new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.Zero), new DateOnly(2026, 12, 31), null, null, null);

        var reply = templates.Render(kind, channel, "de", model);

        Assert.Equal($"{kind}.{channel}.de", reply.Template);
        Assert.Null(reply.Subject);
        Assert.Contains(word, reply.Body, StringComparison.Ordinal);
        Assert.True(reply.Body.Length <= 160, $"{reply.Template} is {reply.Body.Length} characters, too long for one SMS");
    }
}
