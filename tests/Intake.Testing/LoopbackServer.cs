using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Intake.Testing;

/// <summary>A slim ASP.NET Core app on a free 127.0.0.1 port: the base of every in-process fake of a provider's API.</summary>
public static class LoopbackServer
{
    /// <summary>Maps the routes, starts listening and answers the app with its base URL (http://127.0.0.1:port).</summary>
    public static async Task<(WebApplication App, string BaseUrl)> StartAsync(Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        return (app, app.Urls.Single());
    }
}
