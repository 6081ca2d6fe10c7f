namespace Intake.Channels.Twilio.Sending;

/// <summary>
/// Sends the library's requests (always to https://api.twilio.com) to <see cref="TwilioOptions.BaseUrl"/> instead,
/// keeping path and query: how tests and the fault soak point the REST client at a fake on loopback.
/// </summary>
internal sealed class TwilioBaseUrlHandler(IOptions<TwilioOptions> options) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var baseUrl = new Uri(options.Value.BaseUrl.TrimEnd('/') + "/");
        if (request.RequestUri is { } uri && !string.Equals(uri.GetLeftPart(UriPartial.Authority), baseUrl.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase))
            request.RequestUri = new Uri(baseUrl, uri.PathAndQuery.TrimStart('/'));
        return base.SendAsync(request, cancellationToken);
    }
}
