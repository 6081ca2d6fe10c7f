using System.Text.RegularExpressions;

namespace Intake.Core.Classification;

/// <summary>
/// Splits a message into sentences, clauses and tokens, dropping what is not the customer's words. A clause-break word
/// that is an adverb (<paramref name="clauseAdverbs"/>: "also", "dus", "therefore") right before a negation stands inside
/// its clause: "ich kündige das Abo also nicht" is one clause, so the negation reaches the verb.
/// </summary>
internal sealed partial class TextTokenizer(
    IReadOnlySet<string> clauseBreakWords, IReadOnlySet<string> abbreviations, IReadOnlySet<string> clauseAdverbs, IReadOnlySet<string> negations)
{
    public TokenizedText Tokenize(string text)
    {
        var normalized = TextNormalizer.Normalize(Clean(text));
        var quoted = QuotedSpans(normalized);
        var sentences = new List<Sentence>();
        // A word is a run of letters and digits of the normalised text, cut out once it ends.
        var tokens = new List<Token>(capacity: 64);
        var wordStart = -1;
        var clause = 0;
        var segment = 0;
        var sentenceStart = 0;
        var position = 0;
        // The token that opened the current clause by being a clause-break adverb, if the last one did.
        var adverbBreak = -1;

        void FlushWord()
        {
            if (wordStart < 0)
            {
                return;
            }

            var raw = normalized[wordStart..position];
            var key = TextNormalizer.Fold(raw);
            var inQuotes = quoted.Count > 0 && quoted.Exists(q => q.Start < wordStart && wordStart < q.End);
            wordStart = -1;
            // Only right after it: "deshalb, nicht wegen des Preises" has a comma between, which breaks the clause on its own.
            if (adverbBreak == tokens.Count - 1 && tokens.Count > 0 && tokens[^1].Clause == clause && negations.Contains(key))
            {
                clause--;
                tokens[^1] = tokens[^1] with { Clause = clause };
            }

            adverbBreak = -1;
            if (clauseBreakWords.Contains(key))
            {
                var before = clause;
                BreakClause();
                if (clause != before && clauseAdverbs.Contains(key)) adverbBreak = tokens.Count;
            }

            tokens.Add(new Token(raw, key, clause, segment, inQuotes));
        }

        void BreakClause()
        {
            if (tokens.Count > 0 && tokens[^1].Clause == clause)
            {
                clause++;
            }
        }

        void EndSentence(bool question)
        {
            if (tokens.Count > 0)
            {
                sentences.Add(new Sentence(tokens.ToArray(), question, sentenceStart, position + 1));
            }

            tokens.Clear();
            clause = 0;
            sentenceStart = position + 1;
        }

        for (var i = 0; i < normalized.Length; i++)
        {
            position = i;
            var c = normalized[i];
            if (char.IsLetterOrDigit(c))
            {
                wordStart = wordStart < 0 ? i : wordStart;
                continue;
            }

            FlushWord();
            if (c is '.' or '!' or '?')
            {
                var end = i;
                var question = false;
                while (end < normalized.Length && normalized[end] is '.' or '!' or '?')
                {
                    question |= normalized[end] == '?';
                    end++;
                }

                // A dot between digits or letters ("31.12", "z.s.m") separates words, it does not end a sentence.
                if (end < normalized.Length && char.IsLetterOrDigit(normalized[end]) && !question && end == i + 1)
                {
                    continue;
                }

                // After a number it is usually a German date or ordinal ("vom 10.11. zurück", "zum 1. Januar"):
                // it closes a clause at most, so "ziehe ... Kündigung vom 10.11. zurück" still reads as one phrase.
                // After an abbreviation ("van 20 november jl. trek ik ... in", "bzw. ziehe ich zurück") or a single letter
                // (an initial, "z. B.") likewise.
                if (!question && end == i + 1 && i > 0 && (char.IsDigit(normalized[i - 1])
                    || (char.IsLetter(normalized[i - 1]) && tokens.Count > 0 && (abbreviations.Contains(tokens[^1].Key) || tokens[^1].Key.Length == 1))))
                {
                    BreakClause();
                    continue;
                }

                position = end - 1;
                EndSentence(question);
                i = end - 1;
            }
            else if (c == '\n' && IsBlankLineAhead(normalized, i))
            {
                // A blank line ends a paragraph; a single line break (hard-wrapped mail, SMS lines) only a clause.
                EndSentence(false);
            }
            else if (c == '\n')
            {
                BreakClause();
            }
            else if (c == '*' && IsEmphasis(normalized, i))
            {
                // "came *this* close": stars around a word stress it, they break nothing (a "* " bullet still does).
                continue;
            }
            else if (c is ',' or ';' or ':' or '(' or ')' or '"' or '–' or '—' or '|' or '*' || (c == '-' && IsSpaced(normalized, i)))
            {
                BreakClause();
                segment++;
            }
        }

        position = normalized.Length;
        FlushWord();
        position = normalized.Length - 1;
        EndSentence(false);
        return new TokenizedText(normalized, sentences);
    }

    /// <summary>The most words a quotation may hold to be read as a label ("'Lidmaatschap beëindigen'", "„Kündigung erfolgreich“").</summary>
    private const int MaxQuotedWords = 8;

    /// <summary>
    /// Where the text quotes a few words on one line: between an opening mark after a space (or the start) and a closing
    /// mark before a space, punctuation or the end. Apostrophes inside words are gone by now ("don't"), so a single quote
    /// counts as a mark too.
    /// </summary>
    private static List<(int Start, int End)> QuotedSpans(string text)
    {
        var spans = new List<(int, int)>();
        if (text.IndexOfAny(QuotationMarks) < 0)
        {
            return spans;
        }

        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (!IsQuotationMark(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1])) || !char.IsLetterOrDigit(text[i + 1]))
            {
                continue;
            }

            var words = 0;
            for (var j = i + 1; j < text.Length && text[j] != '\n' && words <= MaxQuotedWords; j++)
            {
                if (char.IsWhiteSpace(text[j]))
                {
                    words++;
                }
                else if (IsQuotationMark(text[j]) && !char.IsWhiteSpace(text[j - 1]) && (j + 1 == text.Length || !char.IsLetterOrDigit(text[j + 1])))
                {
                    spans.Add((i, j));
                    i = j;
                    break;
                }
            }
        }

        return spans;
    }

    private static readonly char[] QuotationMarks = ['"', '\'', '„', '“', '”', '‚', '‘', '’', '«', '»'];

    private static bool IsQuotationMark(char c) => Array.IndexOf(QuotationMarks, c) >= 0;

    /// <summary>Removes addresses, links and @handles, and splits CamelCase hashtags into words.</summary>
    internal static string Clean(string text)
    {
        // Mentions and addresses have an "@", links a "/" or "www"; most texts have none and skip the costly scan.
        var withoutNoise = text.Contains('@', StringComparison.Ordinal) || text.Contains('/', StringComparison.Ordinal)
            || text.Contains("www", StringComparison.OrdinalIgnoreCase)
            ? MentionOrLink().Replace(text, " ")
            : text;
        return withoutNoise.Contains('#', StringComparison.Ordinal)
            ? Hashtag().Replace(withoutNoise, m => " " + CamelBoundary().Replace(m.Groups[1].Value, " ") + " ")
            : withoutNoise;
    }

    /// <summary>A star touching a word on one side only: "*this*", "*really*", not a "* " bullet or a lone "*".</summary>
    private static bool IsEmphasis(string text, int index)
    {
        var letterBefore = index > 0 && char.IsLetterOrDigit(text[index - 1]);
        var letterAfter = index + 1 < text.Length && char.IsLetterOrDigit(text[index + 1]);
        return letterBefore != letterAfter;
    }

    private static bool IsBlankLineAhead(string text, int index)
    {
        for (var j = index + 1; j < text.Length; j++)
        {
            if (text[j] == '\n')
            {
                return true;
            }

            if (!char.IsWhiteSpace(text[j]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSpaced(string text, int index) =>
        (index == 0 || char.IsWhiteSpace(text[index - 1])) && (index + 1 >= text.Length || char.IsWhiteSpace(text[index + 1]));

    [GeneratedRegex(@"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|https?://\S+|www\.\S+|(?<![\w@])@\w+", RegexOptions.CultureInvariant)]
    private static partial Regex MentionOrLink();

    [GeneratedRegex(@"#(\p{L}[\p{L}\p{N}_]*)", RegexOptions.CultureInvariant)]
    private static partial Regex Hashtag();

    [GeneratedRegex(@"(?<=\p{Ll})(?=\p{Lu})|_", RegexOptions.CultureInvariant)]
    private static partial Regex CamelBoundary();
}
