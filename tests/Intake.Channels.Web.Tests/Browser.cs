namespace Intake.Channels.Web.Tests;

/// <summary>Fetches pages and posts their forms back, hidden fields and antiforgery cookie included, as a browser would.</summary>
public sealed class Browser(HttpClient client) : IDisposable
{
    public async Task<Page> GetAsync(string url)
    {
        using var response = await client.GetAsync(url);
        return await Page.ReadAsync(response);
    }

    /// <summary>Posts <paramref name="form"/>'s hidden fields plus <paramref name="fields"/> (which win) to <paramref name="url"/>.</summary>
    public async Task<Page> SubmitAsync(string url, Page form, IReadOnlyDictionary<string, string> fields)
    {
        var values = form.HiddenFields().ToDictionary(StringComparer.Ordinal);
        foreach (var (name, value) in fields) values[name] = value;
        return await PostAsync(url, values);
    }

    public async Task<Page> PostAsync(string url, IReadOnlyDictionary<string, string> values)
    {
        using var content = new FormUrlEncodedContent(values);
        using var response = await client.PostAsync(url, content);
        return await Page.ReadAsync(response);
    }

    public void Dispose() => client.Dispose();
}
