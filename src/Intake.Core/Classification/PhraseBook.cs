using System.Text.Json;
using Intake.Core.Languages;

namespace Intake.Core.Classification;

/// <summary>The intent phrase lists of every language, loaded from channel-config/intents/*.json.</summary>
public sealed class PhraseBook
{
    /// <summary>Where the phrase files live, relative to the repository or deployment root.</summary>
    public const string RelativeDirectory = "channel-config/intents";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private PhraseBook(IReadOnlyList<PhraseFile> files) => Files = files;

    /// <summary>Languages in tie-break order (nl first).</summary>
    public IReadOnlyList<string> Languages => Files.Select(f => f.Language).ToArray();

    internal IReadOnlyList<PhraseFile> Files { get; }

    public static PhraseBook Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Intent phrase directory '{directory}' does not exist.");
        }

        var files = Directory.GetFiles(directory, "*.json")
            .Select(ReadFile)
            // Nothing in a message decides the language: the supported languages' order (the default first) breaks ties,
            // a language that is not supported comes after them.
            .OrderBy(f => SupportedLanguages.All.TakeWhile(language => language != f.Language).Count())
            .ThenBy(f => f.Language, StringComparer.Ordinal)
            .ToArray();
        return files.Length == 0
            ? throw new InvalidDataException($"No phrase files (*.json) in '{directory}'.")
            : new PhraseBook(files);
    }

    /// <summary>
    /// Finds channel-config/intents above the application directory or the working directory: the phrase
    /// files are configuration that webcare edits, not resources compiled into the assembly.
    /// </summary>
    public static PhraseBook LoadDefault()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, RelativeDirectory);
                if (Directory.Exists(candidate) && Directory.EnumerateFiles(candidate, "*.json").Any())
                {
                    return Load(candidate);
                }
            }
        }

        throw new DirectoryNotFoundException(
            $"No {RelativeDirectory} folder with phrase files above '{AppContext.BaseDirectory}' or '{Directory.GetCurrentDirectory()}'.");
    }

    private static PhraseFile ReadFile(string path)
    {
        try
        {
            var file = JsonSerializer.Deserialize<PhraseFile>(File.ReadAllText(path), JsonOptions)
                ?? throw new InvalidDataException($"Phrase file '{path}' is empty.");
            var language = string.IsNullOrWhiteSpace(file.Language) ? Path.GetFileNameWithoutExtension(path) : file.Language;
            return file with { Language = language.Trim().ToLowerInvariant() };
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"Phrase file '{path}' is not valid: {e.Message}", e);
        }
    }
}
