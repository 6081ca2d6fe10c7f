using System.Text.Json;
using Xunit;

namespace Intake.Core.Tests.Classification;

/// <summary>
/// Alternatives are single words: "turn off auto renew|autorenew" reads as "auto" followed by "renew" or "autorenew",
/// so an alternative written with a space ("auto renew|auto renewal", "dont|do not") silently asks for a sequence nobody writes.
/// </summary>
public sealed class PhraseSyntaxTests
{
    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    [InlineData("de")]
    public void No_phrase_offers_the_same_word_in_two_slots_next_to_each_other(string language)
    {
        using var json = PhraseFile(language);

        var broken = Strings(json.RootElement).Where(phrase => phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries) is var slots
            && slots.Zip(slots.Skip(1)).Any(p => SameWordTwice(p.First, p.Second) || ContractionBesideNot(p.First, p.Second))).ToList();

        Assert.Empty(broken);
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    [InlineData("de")]
    public void No_list_holds_the_same_entry_twice(string language)
    {
        using var json = PhraseFile(language);

        var repeated = Lists(json.RootElement, "")
            .SelectMany(list => list.Entries.GroupBy(Normalised).Where(g => g.Count() > 1).Select(g => $"{list.Path}: {g.Key}"))
            .ToList();

        Assert.Empty(repeated);
    }

    private static JsonDocument PhraseFile(string language) =>
        JsonDocument.Parse(
            File.ReadAllText(RepositoryFiles.Find(Path.Combine("channel-config", "intents", language + ".json"))),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });

    private static string Normalised(string entry) => string.Join(' ', entry.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static IEnumerable<(string Path, List<string> Entries)> Lists(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.Array => element.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList() is { Count: > 0 } entries
            ? [(path, entries)]
            : element.EnumerateArray().SelectMany((e, i) => Lists(e, $"{path}[{i}]")),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Lists(p.Value, path + "." + p.Name)),
        _ => [],
    };

    /// <summary>"auto renew|autorenew|auto renewal": the same word offered in two slots next to each other.</summary>
    private static bool SameWordTwice(string first, string second) =>
        first.Contains('|') && second.Contains('|') && first.Split('|').Intersect(second.Split('|')).Any();

    /// <summary>"dont|do not renew" asks for "dont not renew" or "do not renew": "dont renew" never matches.</summary>
    private static bool ContractionBesideNot(string first, string second) =>
        (first.Split('|') is { Length: > 1 } a && a.Any(w => w.EndsWith("nt", StringComparison.Ordinal) && w.Length > 3) && second.Split('|').Contains("not"))
        || (second.Split('|') is { Length: > 1 } b && b.Any(w => w.EndsWith("nt", StringComparison.Ordinal) && w.Length > 3) && b.Contains("not"));

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };
}
