using System.Globalization;
using System.Text.Json;
using Intake.Core.Events;
using Intake.Core.Pipeline;
using Microsoft.AspNetCore.Http;

namespace Intake.Channels.Web.Api;

/// <summary>POST /api/v1/cases/{reference}/complete: billing reports the real end date (idempotent).</summary>
internal static class CompletionEndpoint
{
    public static async Task<IResult> CompleteAsync(
        string reference, HttpRequest request, ICaseCompletion completion, IIntakeSignal signal, TimeProvider time, CancellationToken cancellationToken)
    {
        DateOnly endDate;
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            if (body.RootElement.ValueKind != JsonValueKind.Object || !body.RootElement.TryGetProperty("endDate", out var value)
                || value.ValueKind != JsonValueKind.String
                || !DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out endDate))
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["endDate"] = ["Required: the date the contract ended, yyyy-MM-dd."] });
        }
        catch (JsonException)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["Body is not valid JSON."] });
        }

        var result = await completion.CompleteAsync(reference.Trim().ToUpperInvariant(), endDate, time.GetUtcNow(), cancellationToken);
        if (result.MessageQueued) signal.OutboxWritten();
        var answer = new CompletionResponse(
            reference.Trim().ToUpperInvariant(),
            result.Status,
            endDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            result.ConfirmedDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            result.DateMismatch);
        return result.Outcome switch
        {
            CompletionOutcome.Completed or CompletionOutcome.AlreadyCompleted => Results.Json(answer),
            CompletionOutcome.NotFound => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such case", detail: "No case has this reference."),
            _ => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Case cannot be completed",
                detail: result.Status == "Completed"
                    ? "The case was already completed with another end date."
                    : $"The case is {result.Status}; only an accepted cancellation can be completed."),
        };
    }

    /// <summary>The body billing sends (read by hand above, so a bad date is a 400 naming the field).</summary>
    internal sealed record CompletionRequest(string EndDate);

    internal sealed record CompletionResponse(string Reference, string? Status, string EndDate, string? ConfirmedDate, bool DateMismatch);
}
