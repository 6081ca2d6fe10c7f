namespace Intake.Host.Web;

/// <summary>The requests the public limits apply to; paths compare case-insensitively, as routing does.</summary>
internal static class PublicRoutes
{
    /// <summary>POST /cancel, POST /withdraw/declaration or POST /why/{token}: the web form, the withdrawal function and the why page.</summary>
    public static bool IsFormPost(HttpRequest request) => IsCancelPost(request) || HttpMethods.IsPost(request.Method) && request.Path.StartsWithSegments("/why");

    /// <summary>POST /cancel or POST /withdraw/declaration: the public forms that carry a sender.</summary>
    public static bool IsCancelPost(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && (IsExactly(request.Path, "/cancel") || IsExactly(request.Path, "/withdraw/declaration"));

    /// <summary>Any route of the JSON API.</summary>
    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api/v1");

    /// <summary>POST /api/v1/intake: the API route that carries a sender.</summary>
    public static bool IsApiIntake(HttpRequest request) => HttpMethods.IsPost(request.Method) && IsExactly(request.Path, "/api/v1/intake");

    // Routing also matches the route with a trailing slash.
    private static bool IsExactly(PathString path, string route) =>
        path.StartsWithSegments(route, out var rest) && rest.Value is null or "" or "/";
}
