using Hangfire;
using Intake.Core.Callbacks;
using Intake.Core.Console;
using Intake.Core.Jobs;
using Intake.Core.Outbox;
using Intake.Core.Pipeline;
using Intake.Webcare.Auth;
using Intake.Webcare.Auth.OpenIdConnect;
using Intake.Webcare.Cases;
using Intake.Webcare.Letters;
using Intake.Webcare.Manual;
using Intake.Webcare.Suppression;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Intake.Webcare;

/// <summary>Registers and maps the webcare console under /console (and the admin-only Hangfire dashboard).</summary>
public static class WebcareExtensions
{
    public static IHostApplicationBuilder AddWebcare(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.Configure<WebcareOptions>(builder.Configuration.GetSection("Intake:Webcare"));
        services.AddAuthentication()
            .AddCookie(ConsolePolicies.Scheme, options =>
            {
                options.Cookie.Name = "intake.console";
                options.Cookie.Path = "/";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.LoginPath = "/console/login";
                options.LogoutPath = "/console/logout";
                options.AccessDeniedPath = "/console/denied";
                options.SlidingExpiration = true;
                options.ExpireTimeSpan = builder.Configuration.GetValue("Intake:Webcare:SessionLifetime", TimeSpan.FromHours(8));
                options.Events.OnValidatePrincipal = context => context.HttpContext.RequestServices.GetRequiredService<StaffSessionValidator>().ValidateAsync(context);
            })
            .AddConsoleOpenIdConnect(builder.Configuration);
        services.AddAuthorization(ConsolePolicies.Add);
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Console", ConsolePolicies.Staff);
            options.Conventions.AllowAnonymousToPage("/Console/Login");
            options.Conventions.AllowAnonymousToPage("/Console/Denied");
            // The first page after single sign-on: reached from the provider, so the SameSite=Strict cookie is not sent yet.
            options.Conventions.AllowAnonymousToPage("/Console/SignedIn");
            options.Conventions.AuthorizePage("/Console/Reasons", ConsolePolicies.Supervisor);
            options.Conventions.AuthorizePage("/Console/Events", ConsolePolicies.Supervisor);
            options.Conventions.AuthorizePage("/Console/Staff", ConsolePolicies.Admin);
        });

        services.AddSingleton<IPasswordHasher<StaffUser>, PasswordHasher<StaffUser>>();
        services.AddSingleton<StaffSignIn>();
        services.AddSingleton<StaffSessionValidator>();
        services.AddSingleton<CaseDecisions>();
        services.AddSingleton<StaffReplyComposer>();
        services.AddManualIntakeReader();
        services.Configure<LetterOptions>(builder.Configuration.GetSection("Intake:Letters"));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<LetterOptions>>().Value);
        services.AddSingleton<IReplySender, LetterReplySender>();
        // The console is where overdue callbacks are chased, so it schedules the one escalation of all of them (staff's and the IVR's).
        services.AddTransient<CallbackEscalationJob>();
        services.AddRecurringJob<CallbackEscalationJob>(CallbackEscalationJob.RecurringId, job => job.RunAsync(CancellationToken.None),
            sp => sp.GetRequiredService<IOptions<WebcareOptions>>().Value.CallbackCheckCron);
        return builder;
    }

    /// <summary>What replay (the console's button and the replay command) needs to read stored manual intakes again.</summary>
    public static IServiceCollection AddManualIntakeReader(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRawPayloadReader, ManualRawPayloadReader>());
        return services;
    }

    public static WebApplication MapWebcare(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapRazorPages();
        app.MapSuppressionList();
        // Admins only: the dashboard can delete and re-run jobs. The policy signs staff in with the console's cookie.
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new AdminDashboardFilter()],
            AppPath = "/console",
            DashboardTitle = "Intake jobs",
        }).RequireAuthorization(ConsolePolicies.Admin);
        return app;
    }
}
