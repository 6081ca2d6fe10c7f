using Intake.Core.ApiKeys;
using Intake.Core.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Channels.Web.Api;

/// <summary>Registers the JSON API's settings and its scoped keys.</summary>
public static class ApiServiceCollectionExtensions
{
    public static IServiceCollection AddIntakeApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ApiOptions>(configuration.GetSection("Intake:Api"));
        services.AddApiKeys(configuration);
        services.AddSingleton<IRawPayloadReader, ApiRawPayloadReader>();
        return services;
    }
}
