using Intake.Storage.Postgres.Events;

namespace Intake.Host.Events;

/// <summary>Registers signed events to billing and CRM: endpoints from configuration, the event outbox and its dispatcher.</summary>
internal static class EventsExtensions
{
    public static IHostApplicationBuilder AddIntakeEvents(this IHostApplicationBuilder builder)
    {
        var services = builder.AddSettings<EventsOptions>("Intake:Events");
        services.AddSingleton<IWebhookDeliveryStore, PostgresWebhookDeliveryStore>();
        services.AddSingleton<ICaseCompletion, PostgresCaseCompletion>();
        services.AddSingleton<IWebhookDeliveryLog, PostgresWebhookDeliveryLog>();
        services.AddHttpClient<WebhookDispatcher>();
        services.AddHostedService<EndpointSync>();
        return builder;
    }

    /// <summary>Checks the configured endpoints and writes them to the database before the host takes traffic.</summary>
    private sealed class EndpointSync(IWebhookDeliveryStore store, EventsOptions options) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            var endpoints = options.Named();
            foreach (var endpoint in endpoints)
            {
                if (!Uri.TryCreate(endpoint.Url, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
                    throw new InvalidOperationException($"Intake:Events endpoint {endpoint.Name}: Url '{endpoint.Url}' is not an http(s) URL.");
                if (!StandardWebhookSigner.IsValidSecret(endpoint.Secret))
                    throw new InvalidOperationException($"Intake:Events endpoint {endpoint.Name}: Secret must be a whsec_ secret (base64 key of at least 16 bytes).");
            }
            if (endpoints.Select(e => e.Name).Distinct(StringComparer.Ordinal).Count() != endpoints.Count)
                throw new InvalidOperationException("Intake:Events endpoint names must be unique.");
            return store.SyncEndpointsAsync(endpoints, cancellationToken);
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
