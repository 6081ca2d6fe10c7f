using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intake.Core.ApiKeys;

/// <summary>Registers the API keys and puts a route behind a scope.</summary>
public static class ApiKeyEndpointExtensions
{
    private static readonly string[] ProblemJson = ["application/problem+json"];

    public static IServiceCollection AddApiKeys(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiKeyOptions>().Bind(configuration.GetSection("Intake:Api")).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Options.IValidateOptions<ApiKeyOptions>, ApiKeyOptionsValidator>());
        services.TryAddSingleton<ApiKeyring>();
        services.TryAddSingleton<ApiScopeFilter>();
        return services;
    }

    /// <summary>
    /// Requires an X-Api-Key holding <paramref name="scope"/>; declares the scope and the 401, 403 and 429 problem answers
    /// (the latter from the rate limiter) for the OpenAPI document.
    /// </summary>
    public static TBuilder RequireApiScope<TBuilder>(this TBuilder builder, string scope) where TBuilder : IEndpointConventionBuilder
    {
        if (!ApiScopes.IsKnown(scope)) throw new ArgumentException($"Unknown API scope '{scope}'.", nameof(scope));
        builder.WithMetadata(new RequiredApiScope(scope));
        foreach (var status in new[] { StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status429TooManyRequests })
            builder.WithMetadata(new ProducesResponseTypeMetadata(status, typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), ProblemJson));
        return builder.AddEndpointFilter<TBuilder, ApiScopeFilter>();
    }
}
