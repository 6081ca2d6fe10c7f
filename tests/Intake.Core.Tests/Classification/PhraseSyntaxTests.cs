using System.Text.Json;
using Xunit;

namespace Intake.Core.Tests.Classification;

/// <summary>
/// Alternatives are single words: "turn off auto renew|autorenew" reads as "auto" followed by "renew" or "autorenew",
/// so an alternative written with a space ("auto renew|auto renewal") silently asks for a sequence nobody writes.
/// </summary>
public sealed class PhraseSyntaxTests
{
    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    [InlineData("de")]
    public void No_phrase_offers_the_same_word_in_two_slots_next_to_each_other(string language)
    {
        var path = RepositoryFiles.Find(Path.Combine("channel-config", "intents", language + ".json"));
        using var json = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });

        var broken = Strings(json.RootElement).Where(phrase => phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries) is var slots
            && slots.Zip(slots.Skip(1)).Any(p => p.First.Contains('|') && p.Second.Contains('|')
                && p.First.Split('|').Intersect(p.Second.Split('|')).Any())).ToList();

        Assert.Empty(broken);
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };
}
