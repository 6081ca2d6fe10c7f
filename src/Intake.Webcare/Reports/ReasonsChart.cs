using System.Globalization;
using System.Net;
using System.Text;
using Intake.Core.Console;
using Intake.Webcare.Text;

namespace Intake.Webcare.Reports;

/// <summary>A stacked bar chart of reasons per week as inline SVG: server-rendered, no scripts, no downloads, with a text alternative.</summary>
internal static class ReasonsChart
{
    private const int Width = 720, Height = 300, Left = 40, Bottom = 40, Top = 10, LegendWidth = 160;
    private static readonly string[] Palette = ["#1b6ca8", "#d1495b", "#edae49", "#00798c", "#66a182", "#8d6a9f", "#6c757d", "#2e4057"];

    /// <param name="weeks">Every week of the period (ISO "2026-W48"), so weeks without cases show as gaps.</param>
    public static string Svg(IReadOnlyList<ReasonCount> rows, IReadOnlyList<string> weeks, ConsoleText text)
    {
        var reasons = rows.Select(r => r.Reason).Distinct().Order(StringComparer.Ordinal).ToList();
        var totals = weeks.ToDictionary(w => w, w => rows.Where(r => r.Week == w).Sum(r => r.Cases), StringComparer.Ordinal);
        var max = Math.Max(1, totals.Values.DefaultIfEmpty(0).Max());
        var plotWidth = Width - Left - LegendWidth;
        var plotHeight = Height - Top - Bottom;
        var slot = weeks.Count == 0 ? plotWidth : (double)plotWidth / weeks.Count;
        var bar = Math.Min(slot * 0.7, 48);
        var svg = new StringBuilder();
        var title = WebUtility.HtmlEncode(text["reasons.chart.title"]);
        var summary = WebUtility.HtmlEncode(string.Join("; ", weeks.Select(w => $"{w}: {totals[w]}")));
        svg.Append(CultureInfo.InvariantCulture,
            $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {Width} {Height}" width="100%" role="img" aria-labelledby="reasons-title reasons-desc"><title id="reasons-title">{title}</title><desc id="reasons-desc">{summary}</desc>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{Left}" y1="{Top + plotHeight}" x2="{Left + plotWidth}" y2="{Top + plotHeight}" stroke="#333"/>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Left - 6}" y="{Top + 10}" text-anchor="end" font-size="11">{max}</text><text x="{Left - 6}" y="{Top + plotHeight}" text-anchor="end" font-size="11">0</text>""");
        for (var i = 0; i < weeks.Count; i++)
        {
            var x = Left + i * slot + (slot - bar) / 2;
            var y = (double)(Top + plotHeight);
            foreach (var (reason, index) in reasons.Select((r, n) => (r, n)))
            {
                var count = rows.Where(r => r.Week == weeks[i] && r.Reason == reason).Sum(r => r.Cases);
                if (count == 0) continue;
                var h = plotHeight * count / (double)max;
                y -= h;
                svg.Append(CultureInfo.InvariantCulture,
                    $"""<rect x="{x:0.#}" y="{y:0.#}" width="{bar:0.#}" height="{h:0.#}" fill="{Palette[index % Palette.Length]}"><title>{WebUtility.HtmlEncode(weeks[i])} {WebUtility.HtmlEncode(text["reason." + reason])}: {count}</title></rect>""");
            }
            svg.Append(CultureInfo.InvariantCulture,
                $"""<text x="{x + bar / 2:0.#}" y="{Height - Bottom + 16}" text-anchor="middle" font-size="11">{WebUtility.HtmlEncode(weeks[i][5..])}</text>""");
        }
        foreach (var (reason, index) in reasons.Select((r, n) => (r, n)))
        {
            var y = Top + 10 + index * 20;
            svg.Append(CultureInfo.InvariantCulture,
                $"""<rect x="{Width - LegendWidth + 10}" y="{y - 9}" width="12" height="12" fill="{Palette[index % Palette.Length]}"/><text x="{Width - LegendWidth + 28}" y="{y + 1}" font-size="12">{WebUtility.HtmlEncode(text["reason." + reason])}</text>""");
        }
        return svg.Append("</svg>").ToString();
    }
}
