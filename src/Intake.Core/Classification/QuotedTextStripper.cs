using System.Text.RegularExpressions;

namespace Intake.Core.Classification;

/// <summary>Cuts the quoted history off an email reply so only what the customer wrote now is classified.</summary>
public static partial class QuotedTextStripper
{
    /// <summary>How far below a "From:" line the rest of a forwarded/replied header block is looked for.</summary>
    private const int HeaderBlockReach = 5;

    /// <summary>
    /// The text above the first quote marker, without "&gt;" quoted lines; trimmed. A marker with nothing written above
    /// it does not cut: below a top attribution the customer answers under the quote, and a bare forward is the
    /// customer's own earlier message sent again.
    /// </summary>
    public static string NewText(string text) => string.Join('\n', Split(text).Kept).Trim();

    /// <summary>
    /// The message a reply answers: the first quoted message below (or between) what the customer wrote, without
    /// quote marks, attribution or header lines, and without the older history quoted inside it. Empty when nothing
    /// is quoted.
    /// </summary>
    public static string AnsweredText(string text)
    {
        var quoted = QuotedLines(text);
        var answered = new List<string>();
        for (var i = 0; i < quoted.Length; i++)
        {
            var line = quoted[i].Trim();
            var heading = ForwardLabel().IsMatch(line) || Separator().IsMatch(line) || IsAttribution(quoted, i)
                || HeaderFrom().IsMatch(line) || HeaderOther().IsMatch(line) || IsOutlookRule(quoted, i);
            if (heading && answered.Any(l => l.Any(char.IsLetter))) break;
            if (!heading) answered.Add(line);
        }

        return string.Join('\n', answered).Trim();
    }

    /// <summary>Everything quoted below or between what the customer wrote, without quote marks; empty when nothing is.</summary>
    public static string QuotedText(string text) => string.Join('\n', QuotedLines(text)).Trim();

    private static string[] QuotedLines(string text) => Split(text).Quoted.Select(l => l.TrimStart().TrimStart('>', ' ', '\t')).ToArray();

    private static (List<string> Kept, List<string> Quoted) Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var kept = new List<string>(lines.Length);
        var quoted = new List<string>();
        var written = false;
        var inHeader = false;
        var forwarded = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var forwardHeading = !written && (ForwardLabel().IsMatch(line) || Separator().IsMatch(line));
            if (forwardHeading || (!written && (IsAttribution(lines, i) || HeaderFrom().IsMatch(line))))
            {
                forwarded |= forwardHeading;
                inHeader = true;
                continue;
            }

            if (inHeader && (line.Length == 0 || HeaderOther().IsMatch(line)))
            {
                continue;
            }

            inHeader = false;

            if (Separator().IsMatch(line) || IsAttribution(lines, i) || IsHeaderBlock(lines, i) || IsOutlookRule(lines, i))
            {
                quoted.AddRange(lines[i..]);
                break;
            }

            // A phone's "Sent from my iPhone" is the device talking, not the customer: it would make "Ja 👍" a long answer.
            if (MobileSignature().IsMatch(line)) continue;

            // Bottom-posted replies keep the customer's words below "> ..." lines, so quoted lines are skipped, not cut at.
            // In a forward ("Begin forwarded message", "-----Ursprüngliche Nachricht-----" on top), the quoted letter is the
            // customer's own, sent on by someone with a note above it ("can you send this one, Dad"): it is read.
            if (!line.StartsWith('>'))
            {
                kept.Add(lines[i]);
                written |= line.Any(char.IsLetter);
            }
            else if (forwarded)
            {
                kept.Add(line.TrimStart('>', ' ', '\t'));
            }
            else
            {
                quoted.Add(lines[i]);
            }
        }

        return (kept, quoted);
    }

    /// <summary>"On Tue, 24 Nov 2026 at 10:00, Service &lt;x@y&gt; wrote:", also when the mail client wrapped it over two lines.</summary>
    private static bool IsAttribution(string[] lines, int index)
    {
        var line = lines[index].Trim();
        if (line.Length == 0)
        {
            return false;
        }

        var start = AttributionStart().IsMatch(line);
        if (AttributionEnd().IsMatch(line) && (start || line.Contains('@', StringComparison.Ordinal) || line.Any(char.IsDigit)))
        {
            return true;
        }

        // Only a line that starts like an attribution is joined with the next one: most lines never pay for the joined copy.
        return start && index + 1 < lines.Length && AttributionEnd().IsMatch(line + " " + lines[index + 1].Trim());
    }

    /// <summary>Outlook draws a line of underscores above the quoted header block.</summary>
    private static bool IsOutlookRule(string[] lines, int index) =>
        lines[index].Trim() is { Length: >= 10 } rule && rule.All(c => c == '_')
        && index + 1 < lines.Length && IsHeaderBlock(lines, index + 1);

    private static bool IsHeaderBlock(string[] lines, int index)
    {
        if (!HeaderFrom().IsMatch(lines[index].Trim()))
        {
            return false;
        }

        for (var i = index + 1; i < lines.Length && i <= index + HeaderBlockReach; i++)
        {
            if (HeaderOther().IsMatch(lines[i].Trim()))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^-{2,}\s*(original message|oorspronkelijk bericht|origineel bericht|urspr\w* nachricht|forwarded message|doorgestuurd bericht|weitergeleitete nachricht)\s*-{2,}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(fwd?|wg|doorgestuurd bericht|forwarded message|begin forwarded message|weitergeleitete nachricht)\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForwardLabel();

    [GeneratedRegex(@"^(on|op|am|le)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AttributionStart();

    // Dutch and German name the sender after the verb: "schrieb Fuhrpark Service <fuhrpark@leasing-sued.example>:".
    [GeneratedRegex(@"\b(wrote|schreef|schrieb|geschreven|a écrit)\b(?:[^:\n]{0,40}|[^<\n]{0,80}<[^<>\n]{1,120}>\s*):\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AttributionEnd();

    [GeneratedRegex(@"^(sent (from|with|via) (my|the) \S+( \S+)?|sent from outlook for \S+|get outlook for \S+|verstuurd (vanaf|met|via) (mijn|de) \S+( \S+)?|verzonden (vanaf|met|via) (mijn|de) \S+( \S+)?|(von|vom|mit) meinem \S+( \S+)? gesendet|gesendet (von|vom|mit|via) meinem \S+( \S+)?)[.!]?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MobileSignature();

    [GeneratedRegex(@"^\*?(from|van|von|de)\s*:\*?\s*\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderFrom();

    [GeneratedRegex(@"^\*?(sent|verzonden|gesendet|date|datum|to|aan|an|subject|onderwerp|betreff|cc)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderOther();
}
