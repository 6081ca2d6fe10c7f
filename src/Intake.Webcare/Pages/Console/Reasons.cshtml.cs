using System.Globalization;
using System.Text;
using Intake.Core.Console;
using Intake.Webcare.Reports;
using Intake.Webcare.Text;
using Microsoft.AspNetCore.Mvc;

namespace Intake.Webcare.Pages.Console;

/// <summary>Reasons for leaving per week and channel: a server-rendered chart, a table and a CSV export.</summary>
public sealed class ReasonsModel(IReasonsReport report, TimeProvider time) : ConsolePageModel
{
    [BindProperty(SupportsGet = true)] public int Weeks { get; set; } = 12;
    [BindProperty(SupportsGet = true)] public string? Channel { get; set; }
    public IReadOnlyList<ReasonCount> Rows { get; private set; } = [];
    public string Chart { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var now = time.GetUtcNow();
        var weeks = Enumerable.Range(0, Weeks).Reverse().Select(back => ConsoleTime.IsoWeek(ConsoleTime.WeekStart(now, back))).ToList();
        Chart = ReasonsChart.Svg(Rows, weeks, Text);
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var csv = CsvWriter.Write(["week", "channel", "reason", "cases"],
            Rows.Select(r => (IReadOnlyList<string?>)[r.Week, r.Channel, r.Reason, r.Cases.ToString(CultureInfo.InvariantCulture)]));
        return File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", "reasons.csv");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Weeks = Math.Clamp(Weeks, 1, 104);
        if (!Intake.Core.Model.Channels.IsKnown(Channel)) Channel = null;
        var now = time.GetUtcNow();
        Rows = await report.CountAsync(ConsoleTime.WeekStart(now, Weeks - 1), now.AddSeconds(1), Channel, cancellationToken);
    }
}
