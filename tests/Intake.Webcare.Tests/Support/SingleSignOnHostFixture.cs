using Intake.Testing;
using Microsoft.AspNetCore.Hosting;

namespace Intake.Webcare.Tests.Support;

/// <summary>The console host with OpenID Connect sign-in on, against a <see cref="FakeOpenIdProvider"/> on loopback.</summary>
public sealed class SingleSignOnHostFixture : IAsyncLifetime
{
    public const string AllowedDomain = "staff.example";

    public FakeOpenIdProvider Provider { get; private set; } = null!;
    public ConsoleHostFactory Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Provider = await FakeOpenIdProvider.StartAsync();
        Host = await ConsoleHostFactory.StartAsync(database => new SingleSignOnHostFactory(database, Provider.Issuer));
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Provider.DisposeAsync();
    }

    private sealed class SingleSignOnHostFactory(TestDatabase database, string authority) : ConsoleHostFactory(database)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            const string section = "Intake:Webcare:OpenIdConnect:";
            builder.UseSetting(section + "Enabled", "true");
            builder.UseSetting(section + "Authority", authority);
            builder.UseSetting(section + "RequireHttpsMetadata", "false");
            builder.UseSetting(section + "ClientId", FakeOpenIdProvider.ClientId);
            builder.UseSetting(section + "ClientSecret", FakeOpenIdProvider.ClientSecret);
            builder.UseSetting(section + "DisplayName", "Fake ID");
            builder.UseSetting(section + "AllowedEmailDomains:0", AllowedDomain);
            builder.UseSetting(section + "RoleMap:Intake.Agent", "agent");
            builder.UseSetting(section + "RoleMap:Intake.Admin", "admin");
        }
    }
}
