using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Intake.Webcare.Suppression;

/// <summary>Lets a request through only with an X-Api-Key from Intake:Api:Keys (the JSON API's keys), compared in constant time.</summary>
internal sealed class SuppressionKeyFilter(IConfiguration configuration) : IEndpointFilter
{
    public const string Header = "X-Api-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var presented = Encoding.UTF8.GetBytes(context.HttpContext.Request.Headers[Header].ToString());
        var keys = configuration.GetSection("Intake:Api:Keys").Get<string[]>() ?? [];
        var known = false;
        // Every key is compared, so the time taken does not tell which key came close.
        foreach (var key in keys.Where(k => !string.IsNullOrEmpty(k)))
            known |= CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(key), presented);
        if (presented.Length == 0 || !known)
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "API key required",
                detail: $"Send a key from Intake:Api:Keys in the {Header} header.");
        return await next(context);
    }
}
