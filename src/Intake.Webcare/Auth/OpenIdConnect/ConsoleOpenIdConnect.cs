using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Intake.Webcare.Auth.OpenIdConnect;

/// <summary>Adds the console's optional OpenID Connect sign-in: authorization code with PKCE, signed in with the console's own cookie.</summary>
internal static class ConsoleOpenIdConnect
{
    public const string CallbackPath = "/console/signin-oidc";

    public static AuthenticationBuilder AddConsoleOpenIdConnect(this AuthenticationBuilder authentication, IConfiguration configuration)
    {
        var section = configuration.GetSection(ConsoleOpenIdConnectOptions.Section);
        authentication.Services.Configure<ConsoleOpenIdConnectOptions>(section);
        var settings = section.Get<ConsoleOpenIdConnectOptions>() ?? new ConsoleOpenIdConnectOptions();
        if (!settings.Enabled) return authentication;

        authentication.Services.AddSingleton<OpenIdStaffMatcher>();
        return authentication.AddOpenIdConnect(ConsoleOpenIdConnectOptions.Scheme, settings.DisplayName, options =>
        {
            options.Authority = settings.Authority;
            options.ClientId = settings.ClientId;
            options.ClientSecret = settings.ClientSecret;
            options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            options.ResponseType = OpenIdConnectResponseType.Code;
            // A top-level GET back to us, so the correlation cookies can be SameSite=Lax rather than None.
            options.ResponseMode = OpenIdConnectResponseMode.Query;
            options.UsePkce = true;
            options.Scope.Clear();
            foreach (var scope in new[] { "openid", "profile", "email" }) options.Scope.Add(scope);
            options.CallbackPath = CallbackPath;
            options.SignInScheme = ConsolePolicies.Scheme;
            options.MapInboundClaims = false;
            options.SaveTokens = false;
            options.GetClaimsFromUserInfoEndpoint = false;
            foreach (var cookie in new[] { options.CorrelationCookie, options.NonceCookie })
            {
                cookie.SameSite = SameSiteMode.Lax;
                cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            }
            options.Events.OnTokenValidated = context => context.HttpContext.RequestServices.GetRequiredService<OpenIdStaffMatcher>().OnTokenValidatedAsync(context);
            options.Events.OnRemoteFailure = context =>
            {
                context.Response.Redirect("/console/login?error=sso");
                context.HandleResponse();
                return Task.CompletedTask;
            };
        });
    }
}
