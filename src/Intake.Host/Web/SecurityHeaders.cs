namespace Intake.Host.Web;

/// <summary>
/// The browser-facing security headers on every response the host sends: no sniffing, no framing, no referrer
/// leaking tokens, and a Content-Security-Policy. A page that sets its own (the public form pages) keeps it. A startup
/// filter, so it wraps everything, also the authentication redirects that run before the app's own middleware.
/// </summary>
internal sealed class SecurityHeaders : IStartupFilter
{
    // The console has one inline stylesheet and style attributes, no scripts; images are its own (SVG charts inline).
    private const string ConsolePolicy =
        "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    // The Hangfire dashboard brings its own scripts; it may not be framed either.
    private const string DashboardPolicy = "frame-ancestors 'none'";

    // JSON, TwiML, health and error responses are not meant to render anything.
    private const string DefaultPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                if (string.IsNullOrEmpty(headers.ContentSecurityPolicy)) headers.ContentSecurityPolicy = PolicyFor(context.Request.Path);
                if (string.IsNullOrEmpty(headers.XContentTypeOptions)) headers.XContentTypeOptions = "nosniff";
                // Antiforgery says SAMEORIGIN; every policy here says frame-ancestors 'none', so older browsers hear the same.
                headers.XFrameOptions = "DENY";
                if (string.IsNullOrEmpty(headers["Referrer-Policy"])) headers["Referrer-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            return nextMiddleware(context);
        });
        next(app);
    };

    private static string PolicyFor(PathString path) =>
        path.StartsWithSegments("/console") ? ConsolePolicy
        : path.StartsWithSegments("/hangfire") ? DashboardPolicy
        : DefaultPolicy;
}
