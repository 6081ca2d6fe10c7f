using Intake.Core.ApiKeys;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Intake.Host.Web;

/// <summary>
/// The OpenAPI document of /api/v1 at /openapi/v1.json (ASP.NET Core's own generator): every API route, its problem+json
/// answers, and the X-Api-Key scheme with the scope each route needs.
/// </summary>
internal static class IntakeOpenApi
{
    public const string DocumentPath = "/openapi/v1.json";
    public const string SchemeName = "ApiKey";

    public static IHostApplicationBuilder AddIntakeOpenApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOpenApi("v1", options =>
        {
            // The form, the console and the provider webhooks are not an API for integrators.
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Intake API",
                    Version = "v1",
                    Description = "Cancellation intake and case queries. Every route needs an X-Api-Key holding the route's scope "
                        + $"({string.Join(", ", ApiScopes.All)}): none or an unknown key 401, a key without the scope 403. Errors are problem+json.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey,
                    In = ParameterLocation.Header,
                    Name = ApiKeyring.Header,
                    Description = "A key from Intake:Api:Keys (every scope) or Intake:Api:NamedKeys (its scopes); the route's scope is listed in its security requirement.",
                };
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                if (context.Description.ActionDescriptor.EndpointMetadata.OfType<RequiredApiScope>().LastOrDefault() is not { } scope) return Task.CompletedTask;
                // OpenAPI 3.1 lets an apiKey requirement list roles: here the scope the key must hold.
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [scope.Scope] });
                return Task.CompletedTask;
            });
        });
        return builder;
    }

    public static WebApplication MapIntakeOpenApi(this WebApplication app)
    {
        app.MapOpenApi(DocumentPath);
        return app;
    }
}
