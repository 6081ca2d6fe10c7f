using System.Globalization;
using Intake.Core.ApiKeys;
using Intake.Core.Customers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Intake.Channels.Web.Api.Customers;

/// <summary>
/// POST /api/v1/customers: bulk upsert of the customer directory (customers, contracts, identity links), the API twin of
/// the import-customers command with the same validation and merge. All or nothing: one invalid record writes nothing.
/// </summary>
internal static class CustomerDirectoryEndpoints
{
    public const string Json = "application/json";
    public const string Ndjson = "application/x-ndjson";

    /// <summary>How many invalid records a 422 lists; all are counted.</summary>
    public const int MaxErrorsListed = 100;

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/customers", UpsertAsync).RequireApiScope(ApiScopes.Directory).WithTags("Directory")
            .WithName("UpsertCustomers")
            .WithSummary("Adds or updates customers, their contracts and identity links: a JSON array of records, or one record per line "
                + "(application/x-ndjson, streamed). Idempotent; never deletes; any invalid record writes nothing (422).")
            .Accepts<CustomerRecordJson[]>(Json, Ndjson)
            .Produces<UpsertResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<IResult> UpsertAsync(
        HttpContext http, ICustomerDirectoryImport directory, IOptions<ApiOptions> options, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var limit = options.Value.DirectoryMaxBodyBytes;
        if (http.Request.ContentLength > limit) return TooLarge(limit);
        // The server's default cap (30 MB) would cut a directory short; this route has its own, enforced while reading.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = limit;
        if (SourceOf(http.Request) is not { } source)
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported content type",
                detail: $"Send {Json} (an array of customer records) or {Ndjson} (one record per line), UTF-8.");

        ImportReport report;
        try
        {
            report = await directory.ImportAsync(source, MaxErrorsListed, cancellationToken);
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(limit);
        }

        var logger = loggers.CreateLogger(typeof(CustomerDirectoryEndpoints));
        var caller = ApiCaller.Of(http)?.Name;
        if (report.FileRefused)
        {
            logger.LogWarning("Customer directory upload by API key {ApiKeyName} refused: the body cannot be read", caller);
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The body cannot be read", detail: report.Errors[0].ToString());
        }
        if (!report.Committed)
        {
            logger.LogWarning("Customer directory upload by API key {ApiKeyName} refused: {InvalidRecords} of {Records} records invalid, nothing written",
                caller, report.InvalidRows, report.ValidRows + report.InvalidRows);
            return Invalid(report);
        }
        logger.LogInformation(
            "Customer directory upload by API key {ApiKeyName}: {Records} records; customers {CustomersInserted} new, {CustomersUpdated} updated, "
            + "{CustomersUnchanged} unchanged; contracts {ContractsInserted} new, {ContractsUpdated} updated, {ContractsUnchanged} unchanged; "
            + "identity links {IdentitiesInserted} new, {IdentitiesRemoved} removed; in {ElapsedMs} ms",
            caller, report.ValidRows, report.Customers.Inserted, report.Customers.Updated, report.Customers.Unchanged,
            report.Contracts.Inserted, report.Contracts.Updated, report.Contracts.Unchanged,
            report.Identities.Inserted, report.Identities.Removed, (long)report.Elapsed.TotalMilliseconds);
        return Results.Json(new UpsertResponse(report.ValidRows, report.Customers, report.Contracts, report.Identities));
    }

    private static ICustomerRecordSource? SourceOf(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)) return null;
        if (type.Charset.HasValue && !string.Equals(type.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase)) return null;
        if (type.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)) return new JsonArrayCustomerSource(request.Body);
        if (type.MediaType.Equals(Ndjson, StringComparison.OrdinalIgnoreCase)) return new NdjsonCustomerSource(request.Body);
        return null;
    }

    private static IResult Invalid(ImportReport report)
    {
        var total = report.ValidRows + report.InvalidRows;
        var listed = report.Errors.SelectMany(error => error.Problems.Select(problem => new Dictionary<string, object?>
        {
            [error.Position] = error.Line,
            ["field"] = problem.Field,
            ["reason"] = problem.Reason,
        })).ToList();
        return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Customer records are not valid",
            detail: string.Create(CultureInfo.InvariantCulture,
                $"{report.InvalidRows} of {total} records are invalid; nothing was written. The first {report.Errors.Count} are listed."),
            extensions: new Dictionary<string, object?> { ["invalidRecords"] = report.InvalidRows, ["errors"] = listed });
    }

    private static IResult TooLarge(long limit) =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Body too large",
            detail: string.Create(CultureInfo.InvariantCulture, $"At most {limit} bytes (Intake:Api:DirectoryMaxBodyBytes); nothing was written."));

    /// <summary>The answer: how many records were taken, and what became of them in each table.</summary>
    internal sealed record UpsertResponse(int Records, UpsertCounts Customers, UpsertCounts Contracts, UpsertCounts Identities);
}
