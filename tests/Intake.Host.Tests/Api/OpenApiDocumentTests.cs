using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intake.Core.ApiKeys;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Host.Tests.Api;

public sealed class OpenApiDocumentTests
{
    [Fact]
    public async Task The_OpenAPI_document_lists_every_mapped_api_route_with_its_scope_problem_answers_and_the_key_scheme()
    {
        await using var host = await IntakeHostFactory.StartAsync();
        var routes = ApiRoutes(host);

        var response = await host.CreateClient().GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("3.1", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal(("apiKey", "header", "X-Api-Key"),
            (scheme.GetProperty("type").GetString(), scheme.GetProperty("in").GetString(), scheme.GetProperty("name").GetString()));

        var paths = document.GetProperty("paths");
        Assert.True(routes.Count >= 10, $"only {routes.Count} API routes found");
        foreach (var (path, method, scope) in routes)
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"{method} {path} is mapped but not in the OpenAPI document");
            Assert.True(item.TryGetProperty(method.ToLowerInvariant(), out var operation), $"{method} {path} is mapped but not in the OpenAPI document");
            var security = Assert.Single(operation.GetProperty("security").EnumerateArray());
            Assert.Equal([scope], security.GetProperty("ApiKey").EnumerateArray().Select(s => s.GetString()));
            var responses = operation.GetProperty("responses");
            foreach (var status in new[] { "401", "403", "429" })
                Assert.True(responses.TryGetProperty(status, out _), $"{method} {path} does not document {status}");
            foreach (var answer in responses.EnumerateObject().Where(r => r.Name[0] is '4' or '5'))
            {
                var content = answer.Value.GetProperty("content").EnumerateObject().Select(c => c.Name).ToList();
                Assert.True(content.SequenceEqual(["application/problem+json"]), $"{method} {path} {answer.Name}: {string.Join(", ", content)}");
            }
        }
        // Nothing else: the form, the console and the provider webhooks are not in it.
        var documented = paths.EnumerateObject().SelectMany(p => p.Value.EnumerateObject().Select(o => (p.Name, o.Name.ToUpperInvariant()))).ToHashSet();
        Assert.Equal(routes.Select(r => (r.Path, r.Method)).ToHashSet(), documented);
    }

    [Fact]
    public async Task The_intake_route_documents_its_body_its_answers_and_its_validation_problem()
    {
        await using var host = await IntakeHostFactory.StartAsync();

        var document = await host.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var intake = document.GetProperty("paths").GetProperty("/api/v1/intake").GetProperty("post");
        Assert.True(intake.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        var responses = intake.GetProperty("responses");
        foreach (var status in new[] { "200", "202", "400", "413" }) Assert.True(responses.TryGetProperty(status, out _), status);
        Assert.False(string.IsNullOrEmpty(intake.GetProperty("summary").GetString()));
    }

    [Fact]
    public async Task The_customer_directory_route_documents_both_body_types_and_every_refusal()
    {
        await using var host = await IntakeHostFactory.StartAsync();

        var document = await host.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var upsert = document.GetProperty("paths").GetProperty("/api/v1/customers").GetProperty("post");
        var bodyTypes = upsert.GetProperty("requestBody").GetProperty("content").EnumerateObject().Select(c => c.Name);
        Assert.Equal(["application/json", "application/x-ndjson"], bodyTypes.Order(StringComparer.Ordinal));
        var responses = upsert.GetProperty("responses");
        foreach (var status in new[] { "200", "400", "401", "403", "413", "415", "422" }) Assert.True(responses.TryGetProperty(status, out _), status);
    }

    /// <summary>Every /api/v1 route the host maps (from its EndpointDataSource), with the scope it declares.</summary>
    internal static List<(string Path, string Method, string Scope)> ApiRoutes(IntakeHostFactory host) =>
        host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => ("/" + e.RoutePattern.RawText?.TrimStart('/')).StartsWith("/api/v1/", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["(any)"]).Select(method =>
                ("/" + e.RoutePattern.RawText!.TrimStart('/'), method, e.Metadata.GetMetadata<RequiredApiScope>()?.Scope ?? "(none)")))
            .ToList();
}
