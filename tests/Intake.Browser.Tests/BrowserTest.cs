using Microsoft.Playwright;

namespace Intake.Browser.Tests;

/// <summary>A test with the real host on Kestrel and Debian's Chromium pointed at it, both started fresh per test.</summary>
public abstract class BrowserTest : IAsyncLifetime
{
    protected KestrelConsoleHost Host { get; private set; } = null!;
    protected ChromiumSession Chromium { get; private set; } = null!;
    protected IPage Page => Chromium.Page;

    public async Task InitializeAsync()
    {
        Host = await KestrelConsoleHost.StartKestrelAsync();
        Chromium = await ChromiumSession.StartAsync(Host.BaseAddress);
    }

    public async Task DisposeAsync()
    {
        await Chromium.DisposeAsync();
        await Host.DisposeAsync();
    }
}
