using System.Net;
using System.Text.RegularExpressions;

namespace Intake.Host.Tests.Hostile;

/// <summary>The cancellation form as a browser sees it: opened with GET (antiforgery cookie and hidden fields), then posted.</summary>
internal sealed partial class PublicForm
{
    private PublicForm(string cookie, Dictionary<string, string> fields)
    {
        Cookie = cookie;
        Fields = fields;
    }

    public string Cookie { get; }
    public Dictionary<string, string> Fields { get; }

    public static async Task<PublicForm> OpenAsync(HttpClient browser, string path = "/cancel?lang=en")
    {
        var page = await browser.GetAsync(path);
        var html = await page.Content.ReadAsStringAsync();
        var cookie = string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var fields = Hidden().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
        return new PublicForm(cookie, fields);
    }

    /// <summary>Posts the form's hidden fields plus <paramref name="values"/>, with the antiforgery cookie.</summary>
    public Task<HttpResponseMessage> PostAsync(HttpClient browser, IReadOnlyDictionary<string, string> values, string? clientIp = null)
    {
        var fields = new Dictionary<string, string>(Fields);
        foreach (var (name, value) in values) fields[name] = value;
        var post = new HttpRequestMessage(HttpMethod.Post, "/cancel") { Content = new FormUrlEncodedContent(fields) };
        post.Headers.Add("Cookie", Cookie);
        if (clientIp is not null) post.Headers.Add(TestClientAddress.Header, clientIp);
        return browser.SendAsync(post);
    }

    public static Dictionary<string, string> Customer(string name, string email, string account = "") => new()
    {
        ["name"] = name, ["email"] = email, ["account"] = account, ["kind"] = "ordinary",
    };

    [GeneratedRegex(@"C-\d{4}-\d{6}")]
    public static partial Regex Reference();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex Hidden();
}
