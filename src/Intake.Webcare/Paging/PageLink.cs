using System.Globalization;

namespace Intake.Webcare.Paging;

/// <summary>A list page's link with its filters kept: empty values are left out, page 1 has no page number.</summary>
public static class PageLink
{
    public const string PageParameter = "p";

    public static string To(string path, int page, params (string Name, string? Value)[] filters)
    {
        var values = filters.Where(f => !string.IsNullOrEmpty(f.Value)).Select(f => f.Name + "=" + Uri.EscapeDataString(f.Value!)).ToList();
        if (page > 1) values.Add(PageParameter + "=" + page.ToString(CultureInfo.InvariantCulture));
        return values.Count == 0 ? path : path + "?" + string.Join('&', values);
    }
}
