using System.Globalization;
using Intake.Core.ApiKeys;
using Intake.Core.Console;
using Intake.Webcare.Reports;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Intake.Webcare.Suppression;

/// <summary>GET /api/v1/suppression: customers who must not get a retention call, as JSON or CSV (Accept: text/csv or ?format=csv).</summary>
internal static class SuppressionEndpoints
{
    private static readonly string[] Header = ["account_number", "email", "phone", "x_user_id", "since", "latest_reference", "latest_status", "effective_date"];

    public static IEndpointRouteBuilder MapSuppressionList(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/suppression", ListAsync).RequireApiScope(ApiScopes.Suppression).WithTags("Suppression")
            .WithName("ListSuppressedCustomers").WithSummary("Customers with an accepted or completed cancellation: never call them for retention. JSON, or CSV with Accept: text/csv or ?format=csv.")
            .Produces<SuppressedCustomers>().Produces(StatusCodes.Status200OK, contentType: "text/csv");
        return app;
    }

    private static async Task<IResult> ListAsync(HttpRequest request, ISuppressionList list, CancellationToken cancellationToken)
    {
        var customers = await list.ListAsync(cancellationToken);
        var csv = string.Equals(request.Query["format"], "csv", StringComparison.OrdinalIgnoreCase)
            || request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase));
        if (!csv) return Results.Json(new SuppressedCustomers(customers.Count, customers));
        var rows = customers.Select(c => (IReadOnlyList<string?>)
        [
            c.AccountNumber, c.Email, c.Phone, c.XUserId, c.Since.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
            c.LatestReference, c.LatestStatus, c.EffectiveDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ]);
        return Results.Text(CsvWriter.Write(Header, rows), "text/csv; charset=utf-8");
    }

    private sealed record SuppressedCustomers(int Count, IReadOnlyList<SuppressedCustomer> Customers);
}
