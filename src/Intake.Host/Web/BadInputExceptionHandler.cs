using Microsoft.AspNetCore.Diagnostics;

namespace Intake.Host.Web;

/// <summary>
/// Input the framework itself cannot read (a form with NUL characters, a broken multipart body, a body over
/// the server's limit) is the client's fault: 400/413 problem+json, never a 500.
/// </summary>
internal sealed class BadInputExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var status = exception switch
        {
            BadHttpRequestException bad => bad.StatusCode,
            InvalidDataException or System.Text.Json.JsonException or FormatException => StatusCodes.Status400BadRequest,
            _ => 0,
        };
        if (status == 0) return false;
        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = status, Title = "The request could not be read", Detail = "The request body or its encoding is malformed." },
            Exception = exception,
        });
    }
}
