using System.Net;
using Intake.Testing;
using Intake.Webcare.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Browser.Tests;

/// <summary>The real host on a free loopback port (Kestrel, not the in-memory test server), for Chromium to browse.</summary>
public sealed class KestrelConsoleHost(TestDatabase database) : ConsoleHostFactory(database)
{
    public static async Task<KestrelConsoleHost> StartKestrelAsync()
    {
        var host = await StartAsync(db => new KestrelConsoleHost(db));
        return host;
    }

    public Uri BaseAddress
    {
        get
        {
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        }
    }

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }
}
