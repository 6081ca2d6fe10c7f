using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Intake.Channels.Web.Api;
using Intake.Core.ApiKeys;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;

namespace Intake.Host.Web;

/// <summary>
/// Limits on the public doors (the web form, the why page, the JSON API): per client IP, per API key and per sender,
/// answered with 429 problem+json and Retry-After before anything is read into the store. Provider webhooks (Twilio, X)
/// are never limited here: a 429 to Twilio drops the SMS, and their signatures already keep strangers out.
/// </summary>
internal static class IntakeRateLimits
{
    public static IHostApplicationBuilder AddIntakeRateLimits(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<RateLimitOptions>(builder.Configuration.GetSection("Intake:RateLimits"));
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>, ApiKeyring>((limiter, limits, keys) =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => ByClient(context, limits.Value, keys)),
                PartitionedRateLimiter.Create<HttpContext, string>(context => BySender(context, limits.Value)));
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RejectAsync;
        });
        return builder;
    }

    public static WebApplication UseIntakeRateLimits(this WebApplication app)
    {
        var limits = app.Services.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        var api = app.Services.GetRequiredService<IOptions<ApiOptions>>().Value;
        app.Use(async (context, next) =>
        {
            if (PublicRoutes.IsFormPost(context.Request) && !LimitFormBody(context, limits.MaxFormBytes))
            {
                await WriteProblemAsync(context, StatusCodes.Status413PayloadTooLarge, "Body too large", $"At most {limits.MaxFormBytes} bytes.");
                return;
            }
            await RequestSender.ReadAsync(context, PublicRoutes.IsApi(context.Request) ? api.MaxBodyBytes : limits.MaxFormBytes);
            await next(context);
        });
        app.UseRateLimiter();
        return app;
    }

    private static RateLimitPartition<string> ByClient(HttpContext context, RateLimitOptions limits, ApiKeyring keys)
    {
        var request = context.Request;
        // Counted per key name: the key itself is never kept, not even as a partition name.
        if (PublicRoutes.IsApi(request) && keys.Identify(context) is { } caller) return Fixed("api-key:" + caller.Name, limits.ApiPerKey);
        return PublicRoutes.IsFormPost(request) || PublicRoutes.IsApi(request)
            ? Fixed("ip:" + ClientAddress(context), limits.PerIp)
            : RateLimitPartition.GetNoLimiter("");
    }

    private static RateLimitPartition<string> BySender(HttpContext context, RateLimitOptions limits) => RequestSender.Of(context) is not { } sender
        ? RateLimitPartition.GetNoLimiter("")
        : PublicRoutes.IsApi(context.Request)
            ? Fixed("api-sender:" + sender, limits.ApiPerSender)
            : Fixed("form-sender:" + sender, limits.FormPerSender);

    private static RateLimitPartition<string> Fixed(string key, RateLimitRule rule) => rule.IsOn
        ? RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = rule.PermitLimit, Window = rule.Window, QueueLimit = 0 })
        : RateLimitPartition.GetNoLimiter(key);

    /// <summary>The client's address; an IPv6 client is one /64, since it can pick any address inside it.</summary>
    private static string ClientAddress(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    /// <summary>False when the declared length is over the limit; otherwise caps what the server will read.</summary>
    private static bool LimitFormBody(HttpContext context, long maxBytes)
    {
        if (context.Request.ContentLength > maxBytes) return false;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = maxBytes;
        return true;
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 60;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        // Route kind only: the path of /why carries a token, the body personal data.
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(IntakeRateLimits))
            .LogWarning("Rate limit: {Route} request refused with 429, retry after {Seconds} s", PublicRoutes.IsApi(context.Request) ? "API" : "web form", seconds);
        await WriteProblemAsync(context, StatusCodes.Status429TooManyRequests, "Too many requests",
            $"Nothing was stored. Try again in {seconds} seconds.");
    }

    private static async ValueTask WriteProblemAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
