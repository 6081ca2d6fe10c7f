using Intake.Webcare.Tests.Support;
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

    /// <summary>Signs in on the English sign-in page and waits for the page it leads to (the queues, unless a password change is due).</summary>
    protected async Task SignInAsync(string email, string password = ConsoleHostFactory.Password, string landsOn = "Queues")
    {
        await Page.GotoAsync("/console/login?lang=en");
        await Chromium.ScreenshotAsync("login");
        await Page.GetByLabel("Email address").FillAsync(email);
        await Page.GetByLabel("Password").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = landsOn, Level = 1 })).ToBeVisibleAsync();
    }

    public async Task DisposeAsync()
    {
        await Chromium.DisposeAsync();
        await Host.DisposeAsync();
    }
}
