using Intake.Channels.Web.Form;
using Intake.Channels.Web.Why;
using Intake.Core.Pipeline;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intake.Channels.Web;

/// <summary>Registers what the public web pages (cancellation form, receipt, why page) need.</summary>
public static class WebChannelExtensions
{
    /// <summary>
    /// Adds antiforgery, Data Protection, the page handlers and the web form's quarantine replay reader.
    /// The host provides <c>IntakeGateway</c>,
    /// <c>ICaseQueries</c>, <c>IWhyAnswers</c> and <c>TimeProvider</c>.
    /// </summary>
    public static IServiceCollection AddWebChannel(this IServiceCollection services)
    {
        services.AddDataProtection();
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "Intake.Antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ReceiptLinks>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRawPayloadReader, WebFormRawPayloadReader>());
        services.TryAddScoped<CancelFormHandler>();
        services.TryAddScoped<ReceiptHandler>();
        services.TryAddScoped<WhyHandler>();
        return services;
    }
}
