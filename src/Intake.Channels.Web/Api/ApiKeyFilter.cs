using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Intake.Channels.Web.Api;

/// <summary>Lets a request through only with a configured X-Api-Key (compared in constant time).</summary>
internal sealed class ApiKeyFilter(IOptions<ApiOptions> options) : IEndpointFilter
{
    public const string Header = "X-Api-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var presented = context.HttpContext.Request.Headers[Header].ToString();
        if (string.IsNullOrEmpty(presented))
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "API key required",
                detail: $"Send a key from Intake:Api:Keys in the {Header} header.");
        var bytes = Encoding.UTF8.GetBytes(presented);
        var known = options.Value.Keys.Any(k => !string.IsNullOrEmpty(k) && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(k), bytes));
        if (!known)
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "API key not accepted",
                detail: $"The {Header} header does not hold a configured key.");
        return await next(context);
    }
}
