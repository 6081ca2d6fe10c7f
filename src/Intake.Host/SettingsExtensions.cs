namespace Intake.Host;

/// <summary>Binds a settings class to its configuration section for services that take the settings object itself.</summary>
internal static class SettingsExtensions
{
    /// <summary>Configures <typeparamref name="TSettings"/> from <paramref name="section"/> and registers its value; returns the services for more registrations.</summary>
    public static IServiceCollection AddSettings<TSettings>(this IHostApplicationBuilder builder, string section) where TSettings : class
    {
        builder.Services.Configure<TSettings>(builder.Configuration.GetSection(section));
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<TSettings>>().Value);
        return builder.Services;
    }
}
