using Intake.Core.Classification;
using Xunit;

namespace Intake.Core.Tests.Classification;

public sealed class PhraseBookTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("intents-").FullName;

    [Fact]
    public void Default_phrase_book_is_found_above_the_test_output()
    {
        Assert.Equal(["nl", "en", "de"], PhraseBook.LoadDefault().Languages);
    }

    [Fact]
    public void Phrases_come_from_the_files_not_from_code()
    {
        File.WriteAllText(Path.Combine(directory, "nl.json"), """
            { "language": "nl", "cancel": ["wegwezen"], "negation": ["niet"] }
            """);
        var classifier = RuleBasedIntentClassifier.FromDirectory(directory);

        Assert.Equal("cancel", classifier.Classify(Text("ik wil wegwezen")).Intent);
        Assert.Equal("other", classifier.Classify(Text("ik wil opzeggen")).Intent);
    }

    [Fact]
    public void A_missing_directory_is_reported()
    {
        Assert.Throws<DirectoryNotFoundException>(() => PhraseBook.Load(Path.Combine(directory, "absent")));
    }

    [Fact]
    public void A_broken_phrase_file_is_reported_with_its_name()
    {
        File.WriteAllText(Path.Combine(directory, "nl.json"), "{ \"cancel\": [ ");

        var error = Assert.Throws<InvalidDataException>(() => PhraseBook.Load(directory));
        Assert.Contains("nl.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_phrase_naming_an_unknown_set_is_reported()
    {
        File.WriteAllText(Path.Combine(directory, "nl.json"), """{ "cancel": ["stop {onbekend}"] }""");

        Assert.Throws<InvalidDataException>(() => RuleBasedIntentClassifier.FromDirectory(directory));
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static IntakeText Text(string text) => new(text, "sms", Classifier.Tuesday24November2026);
}
