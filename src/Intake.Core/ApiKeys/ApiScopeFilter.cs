using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Intake.Core.ApiKeys;

/// <summary>
/// Lets a request through only with a known X-Api-Key (401 otherwise) that holds the route's scope (403 otherwise), both
/// answered with problem+json. Log lines name the key, never its value.
/// </summary>
internal sealed class ApiScopeFilter(ApiKeyring keyring, ILogger<ApiScopeFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (string.IsNullOrEmpty(http.Request.Headers[ApiKeyring.Header].ToString()))
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "API key required",
                detail: $"Send a key from Intake:Api:Keys or Intake:Api:NamedKeys in the {ApiKeyring.Header} header.");
        if (keyring.Identify(http) is not { } caller)
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "API key not accepted",
                detail: $"The {ApiKeyring.Header} header does not hold a configured key.");

        // A route without a declared scope is refused rather than open (a test also makes sure none exists).
        var scope = http.GetEndpoint()?.Metadata.GetMetadata<RequiredApiScope>()?.Scope;
        if (scope is null || !caller.Holds(scope))
        {
            logger.LogWarning("API key {ApiKeyName} refused on {Method} {Route}: it lacks scope {Scope}",
                caller.Name, http.Request.Method, (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText, scope ?? "(none declared)");
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "API key lacks the scope",
                detail: $"This route needs scope '{scope}'; key '{caller.Name}' holds: {string.Join(" ", caller.Scopes.Order(StringComparer.Ordinal))}.",
                extensions: new Dictionary<string, object?> { ["requiredScope"] = scope });
        }
        return await next(context);
    }
}
