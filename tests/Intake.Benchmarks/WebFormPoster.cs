using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;

namespace Intake.Benchmarks;

/// <summary>
/// Posts the cancellation form the way a browser does: GET /cancel for the antiforgery cookie, token and
/// submission id, then POST. A re-delivery posts the same submission again (a double click).
/// </summary>
internal sealed partial class WebFormPoster
{
    private readonly ConcurrentDictionary<string, Lazy<Task<FormPage>>> _pages = new(StringComparer.Ordinal);

    /// <summary>
    /// Loads the page (not timed: the customer is reading it); the same key always gets the same page. A load that
    /// failed is forgotten, so a retry (after a host died) loads the page again.
    /// </summary>
    public async Task<FormPage> LoadAsync(HttpClient host, string key, CancellationToken cancellationToken)
    {
        var page = _pages.GetOrAdd(key, _ => new Lazy<Task<FormPage>>(() => FetchAsync(host, cancellationToken)));
        try
        {
            return await page.Value;
        }
        catch
        {
            _pages.TryRemove(KeyValuePair.Create(key, page));
            throw;
        }
    }

    /// <summary>Posts the form; returns whether the host took it (303 to the receipt) and the status.</summary>
    public static async Task<(bool Accepted, HttpStatusCode Status)> PostAsync(
        HttpClient host, FormPage page, IReadOnlyList<KeyValuePair<string, string>> fields, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, "/cancel")
        {
            Content = new FormUrlEncodedContent([
                .. fields,
                new("submission", page.Submission),
                new("__RequestVerificationToken", page.Token),
            ]),
        };
        message.Headers.Add("Cookie", page.Cookie);
        using var response = await host.SendAsync(message, cancellationToken);
        await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return (response.StatusCode == HttpStatusCode.SeeOther, response.StatusCode);
    }

    private static async Task<FormPage> FetchAsync(HttpClient host, CancellationToken cancellationToken)
    {
        using var response = await host.GetAsync(new Uri("/cancel", UriKind.Relative), cancellationToken);
        response.EnsureSuccessStatusCode();
        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        var cookie = response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? string.Join("; ", cookies.Select(value => value.Split(';')[0]))
            : throw new InvalidDataException("GET /cancel set no antiforgery cookie.");
        return new FormPage(Hidden(html, "submission"), Hidden(html, "__RequestVerificationToken"), cookie);
    }

    private static string Hidden(string html, string name)
    {
        foreach (Match match in HiddenInput().Matches(html))
            if (WebUtility.HtmlDecode(match.Groups["name"].Value) == name) return WebUtility.HtmlDecode(match.Groups["value"].Value);
        throw new InvalidDataException($"GET /cancel has no hidden field {name}.");
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]*)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();
}
