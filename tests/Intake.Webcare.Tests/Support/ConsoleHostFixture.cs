namespace Intake.Webcare.Tests.Support;

/// <summary>One running host per test class: starting a host (database, migrations, Hangfire) costs seconds.</summary>
public sealed class ConsoleHostFixture : IAsyncLifetime
{
    public ConsoleHostFactory Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await ConsoleHostFactory.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
