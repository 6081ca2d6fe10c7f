using System.Text;
using MimeKit.Text;

namespace Intake.Channels.Email.Inbound;

/// <summary>Turns an HTML body into readable plain text; quoted (blockquote) history comes out as "&gt; " lines so it can be cut off.</summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Hidden = new(StringComparer.OrdinalIgnoreCase) { "head", "script", "style", "title", "template" };
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "blockquote", "pre", "section", "article",
    };

    public static string ToPlain(string html)
    {
        var text = new StringBuilder();
        var line = new StringBuilder();
        var hidden = 0;
        var quoteDepth = 0;
        var tokenizer = new HtmlTokenizer(new StringReader(html));
        while (tokenizer.ReadNextToken(out var token))
        {
            if (token is HtmlDataToken data && hidden == 0)
            {
                AppendCollapsed(line, data.Data);
            }
            else if (token is HtmlTagToken tag)
            {
                if (Hidden.Contains(tag.Name) && !tag.IsEmptyElement) hidden = Math.Max(0, hidden + (tag.IsEndTag ? -1 : 1));
                if (!Blocks.Contains(tag.Name)) continue;
                Flush(text, line, quoteDepth, keepEmpty: tag.Name.Equals("br", StringComparison.OrdinalIgnoreCase));
                if (tag.Name.Equals("blockquote", StringComparison.OrdinalIgnoreCase))
                    quoteDepth = Math.Max(0, quoteDepth + (tag.IsEndTag ? -1 : 1));
            }
        }
        Flush(text, line, quoteDepth, keepEmpty: false);
        return text.ToString().Trim();
    }

    private static void AppendCollapsed(StringBuilder line, string data)
    {
        foreach (var c in data)
        {
            var ch = c == '\u00A0' ? ' ' : c;
            if (char.IsWhiteSpace(ch))
            {
                if (line.Length > 0 && line[^1] != ' ') line.Append(' ');
            }
            else
            {
                line.Append(ch);
            }
        }
    }

    private static void Flush(StringBuilder text, StringBuilder line, int quoteDepth, bool keepEmpty)
    {
        var content = line.ToString().Trim();
        line.Clear();
        if (content.Length == 0 && !keepEmpty)
        {
            // One blank line between blocks, never a run of them.
            if (text.Length > 0 && !text.ToString().EndsWith("\n\n", StringComparison.Ordinal)) text.Append('\n');
            return;
        }
        if (quoteDepth > 0) text.Append(string.Concat(Enumerable.Repeat("> ", quoteDepth)));
        text.Append(content).Append('\n');
    }
}
