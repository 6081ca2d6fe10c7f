using Intake.Channels.Web.Api.Customers;
using Intake.Core.ApiKeys;
using Intake.Core.Cases;
using Intake.Core.Identity;
using Intake.Core.Pipeline;
using Intake.Core.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Intake.Channels.Web.Api;

/// <summary>The JSON API under /api/v1: intake, a case by reference, the cases of a sender, the customer directory.</summary>
public static class IntakeApiEndpoints
{
    public static IEndpointRouteBuilder MapIntakeApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Intake");
        api.MapPost("/intake", AcceptAsync).RequireApiScope(ApiScopes.Intake)
            .WithName("AcceptIntake").WithSummary("Takes in one message from any channel; a repeat of the same channel and externalId returns the first result.")
            .Accepts<IntakeRequest>("application/json")
            .Produces<IntakeResponse>(StatusCodes.Status202Accepted).Produces<IntakeResponse>(StatusCodes.Status200OK)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        api.MapGet("/cases/{reference}", GetCaseAsync).RequireApiScope(ApiScopes.CasesRead)
            .WithName("GetCase").WithSummary("One case: receipt time, status, effective date, messages and replies.")
            .Produces<CaseView>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/cases", ListCasesAsync).RequireApiScope(ApiScopes.CasesRead)
            .WithName("ListCasesOfSender").WithSummary("Cases with a message from this sender (email, phone in any notation, X user id), newest first.")
            .Produces<CaseList>().ProducesValidationProblem();
        api.MapPost("/cases/{reference}/complete", CompletionEndpoint.CompleteAsync).RequireApiScope(ApiScopes.Intake)
            .WithName("CompleteCase").WithSummary("Billing reports the contract's real end date (idempotent).")
            .Accepts<CompletionEndpoint.CompletionRequest>("application/json").Produces<CompletionEndpoint.CompletionResponse>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        WebhookLogEndpoints.Map(api);
        CustomerDirectoryEndpoints.Map(api);
        return app;
    }

    private static async Task<IResult> AcceptAsync(
        HttpRequest request, IntakeGateway gateway, IOptions<ApiOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxBodyBytes;
        var body = await BoundedRequestBody.ReadAsync(request, limit, cancellationToken);
        if (body is null)
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Body too large", detail: $"At most {limit} bytes.");
        var now = time.GetUtcNow();
        var (message, errors) = IntakeRequestReader.Parse(body, now);
        if (message is null) return Results.ValidationProblem(errors, title: "The intake request is not valid");

        var raw = new RawPayload(ApiRawPayloadReader.RawChannel, message.ProviderMessageId, request.ContentType ?? "application/json", body, now);
        var outcome = await gateway.ReceiveAsync(raw, () => message, cancellationToken);
        if (outcome.Result is not { } result)
            // Kept in quarantine with the reason for staff: received, not lost.
            return Results.Json(new IntakeResponse(null, null, null, true), statusCode: StatusCodes.Status202Accepted);
        var response = new IntakeResponse(result.MessageId, result.Intent, result.CaseReference, false);
        return Results.Json(response, statusCode: result.Duplicate ? StatusCodes.Status200OK : StatusCodes.Status202Accepted);
    }

    private static async Task<IResult> GetCaseAsync(string reference, ICaseQueries cases, CancellationToken cancellationToken) =>
        await cases.GetAsync(reference.Trim().ToUpperInvariant(), cancellationToken) is { } view
            ? Results.Json(view)
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such case", detail: "No case has this reference.");

    private static async Task<IResult> ListCasesAsync(string? sender, ICaseQueries cases, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(sender))
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["sender"] = ["Required: an email address, phone number or X user id."] });
        var list = await cases.ListBySenderAsync(SenderAddress.Normalise(sender), 100, cancellationToken);
        return Results.Json(new CaseList(list));
    }

    private sealed record CaseList(IReadOnlyList<CaseSummary> Cases);

    private sealed record IntakeResponse(long? MessageId, string? Intent, string? CaseReference, bool Quarantined);
}
