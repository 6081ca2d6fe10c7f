using System.Text.Json;
using Intake.Core.Observability;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Console;
using OpenTelemetry.Metrics;

namespace Intake.Host.Observability;

/// <summary>Masked logs, health (/health/live, /health/ready), and OpenTelemetry metrics at /metrics.</summary>
internal static class ObservabilityExtensions
{
    public static IHostApplicationBuilder AddIntakeObservability(this IHostApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.FormatterName = MaskingConsoleFormatter.Name)
            .AddConsoleFormatter<MaskingConsoleFormatter, ConsoleFormatterOptions>();
        // Per-request framework logs drown the ones that matter; Logging:LogLevel:* in configuration overrides this.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"])
            .AddCheck<ChannelsHealthCheck>("channels", tags: ["ready"]);
        builder.Services.AddHostedService<ChannelWatch>();
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(IntakeMetrics.MeterName)
            .AddAspNetCoreInstrumentation()
            .AddPrometheusExporter());
        return builder;
    }

    public static WebApplication MapIntakeObservability(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = WriteAsync });
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), e.Value.Description, e.Value.Data }),
        }));
    }
}
