using System.Net;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Http;
using Twilio.Rest.Api.V2010.Account;
using NetHttpClient = System.Net.Http.HttpClient;

namespace Intake.Channels.Twilio.Sending;

/// <summary>
/// Creates messages with the official library's REST client over our typed HttpClient (resilience handler, and
/// the base URL tests point at a fake), and turns its answer or exception into a <see cref="TwilioApiResponse"/>.
/// </summary>
internal sealed class TwilioMessagesApi(NetHttpClient http, IOptions<TwilioOptions> options)
{
    /// <summary>Throws <see cref="ApiConnectionException"/> when Twilio could not be reached (after the HTTP-level retries).</summary>
    public async Task<TwilioApiResponse> CreateAsync(CreateMessageOptions message, CancellationToken cancellationToken)
    {
        var o = options.Value;
        // One library client per send: its HttpClient keeps the last response, the only place a non-JSON error's status is kept.
        var transport = new SystemNetHttpClient(http);
        var client = new TwilioRestClient(o.AccountSid, o.AuthToken, httpClient: transport);
        try
        {
            // The library takes no CancellationToken; the resilience timeout bounds the call, and we stop waiting on cancel.
            var created = await MessageResource.CreateAsync(message, client).WaitAsync(cancellationToken);
            return new TwilioApiResponse(Status(transport) ?? 201, created.Sid, null, null);
        }
        catch (ApiException e) when (e.Status != 0)
        {
            return new TwilioApiResponse(e.Status, null, e.Code == 0 ? null : e.Code, e.Message);
        }
        catch (TwilioException e) when (e is not ApiConnectionException && Status(transport) is { } status)
        {
            // A proxy's HTML error page (or a body the library cannot read): keep the status, not the page.
            return new TwilioApiResponse(status, null, null, $"non-JSON answer ({(HttpStatusCode)status})");
        }
    }

    private static int? Status(SystemNetHttpClient transport) => transport.LastResponse is { } response ? (int)response.StatusCode : null;
}
