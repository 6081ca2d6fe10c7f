using Intake.Core.ApiKeys;
using Intake.Core.Privacy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Intake.Channels.Web.Api;

/// <summary>The data subject's rights over the API: erasure and export under /api/v1/privacy (X-Api-Key like all of /api/v1).</summary>
public static class PrivacyEndpoints
{
    public static IEndpointRouteBuilder MapPrivacyApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/privacy").RequireApiScope(ApiScopes.Privacy).WithTags("Privacy");
        api.MapPost("/erasures", EraseAsync)
            .WithName("EraseSubject").WithSummary("Erasure (GDPR art. 17) by account number or address: personal data becomes a pseudonym.")
            .Produces<ErasureResponse>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/exports", ExportAsync)
            .WithName("ExportSubject").WithSummary("Access (GDPR art. 15): everything held about the subject as JSON.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<IResult> EraseAsync(
        SubjectRequest? request, IPersonalDataErasure erasure, TimeProvider time, ILoggerFactory loggers, HttpContext http, CancellationToken cancellationToken)
    {
        if (PrivacySubject.Create(request?.AccountNumber, request?.Address, out var error) is not { } subject) return Invalid(error!);
        var result = await erasure.EraseAsync(subject, time.GetUtcNow(), cancellationToken);
        if (result.Outcome == SubjectOutcome.Pending)
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Personal data still needed",
                detail: "An open case, an unsent reply or an undelivered event still needs this data: close the cases and let replies and events go out, then ask again.",
                extensions: new Dictionary<string, object?>
                {
                    ["openCases"] = result.OpenCases, ["pendingReplies"] = result.PendingReplies, ["pendingEvents"] = result.PendingEvents,
                });
        if (result.Outcome != SubjectOutcome.Done) return NotDone(result.Outcome);
        // The pseudonym and counts only: the subject's identifiers never reach a log.
        loggers.CreateLogger(typeof(PrivacyEndpoints)).LogInformation("Personal data erased as {Pseudonym} by API key {ApiKeyName}: {Counts}",
            result.Pseudonym, ApiCaller.Of(http)?.Name, result.Counts);
        return Results.Json(new ErasureResponse(result.Pseudonym, result.Counts));
    }

    private static async Task<IResult> ExportAsync(
        string? accountNumber, string? address, IPersonalDataExport export, ILoggerFactory loggers, HttpContext http, CancellationToken cancellationToken)
    {
        if (PrivacySubject.Create(accountNumber, address, out var error) is not { } subject) return Invalid(error!);
        var result = await export.ExportAsync(subject, cancellationToken);
        if (result.Outcome == SubjectOutcome.Done)
            loggers.CreateLogger(typeof(PrivacyEndpoints)).LogInformation("Personal data exported by API key {ApiKeyName}", ApiCaller.Of(http)?.Name);
        return result.Outcome == SubjectOutcome.Done ? Results.Text(result.Json!, "application/json") : NotDone(result.Outcome);
    }

    private static IResult Invalid(string error) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { ["accountNumber"] = [error], ["address"] = [error] });

    private static IResult NotDone(SubjectOutcome outcome) => outcome == SubjectOutcome.Ambiguous
        ? Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Address shared by several customers",
            detail: "This address is linked to more than one customer: ask by account number.")
        : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown subject",
            detail: "Nothing is held about this account number or address.");

    private sealed record ErasureResponse(string? Pseudonym, ErasureCounts? Counts);

    private sealed record SubjectRequest(string? AccountNumber, string? Address);
}
