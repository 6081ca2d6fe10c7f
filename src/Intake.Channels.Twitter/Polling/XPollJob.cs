using System.Text.Json;
using Hangfire;
using Intake.Channels.Twitter.Api;
using Intake.Channels.Twitter.Mapping;
using Intake.Channels.Twitter.Sending;
using Intake.Core.X;

namespace Intake.Channels.Twitter.Polling;

/// <summary>
/// The polling fallback beside the webhook, as Hangfire recurring jobs: mentions since the since_id checkpoint,
/// and DM events paged back to the newest event seen before. Checkpoints move only after the gateway took every
/// event of a complete poll; a rate limit ends the poll until its reset, and the next run picks up.
/// </summary>
internal sealed class XPollJob(
    XApiClient api, IXCheckpoints checkpoints, XIntake intake, IOptions<XOptions> options, TimeProvider time, ILogger<XPollJob> logger)
{
    public const string MentionsJob = "x-poll-mentions";
    public const string DirectMessagesJob = "x-poll-dm-events";
    public const string MentionsCheckpoint = "mentions.since_id";
    public const string DirectMessagesCheckpoint = "dm_events.newest_id";

    private XOptions Options => options.Value;

    // The next scheduled run is the retry: a failed poll must not pile up retries of its own.
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public Task<int> PollMentionsAsync(CancellationToken cancellationToken) =>
        PollAsync("mentions", MentionsCheckpoint, "author_id", XPayloadFormats.V2Tweet,
            (since, token) => api.GetMentionsAsync(since, token, cancellationToken), cancellationToken);

    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public Task<int> PollDirectMessagesAsync(CancellationToken cancellationToken) =>
        // dm_events has no since_id: page back until an event at or before the checkpoint.
        PollAsync("DM events", DirectMessagesCheckpoint, "sender_id", XPayloadFormats.V2DirectMessage,
            (_, token) => api.GetDmEventsAsync(token, cancellationToken), cancellationToken);

    /// <summary>Returns how many events went to the gateway.</summary>
    private async Task<int> PollAsync(string what, string checkpoint, string authorField, string contentType,
        Func<string?, string?, Task<XApiResponse>> fetch, CancellationToken cancellationToken)
    {
        if (!Options.IsConfigured || !Options.PollEnabled) return 0;
        try
        {
            var since = await checkpoints.GetAsync(checkpoint, cancellationToken);
            var (events, complete) = await ReadAsync(what, since, authorField, contentType, fetch);
            // Oldest first, so a case's first declaration is the first one taken in.
            foreach (var xEvent in events.OrderBy(e => e.Id, Comparer<string>.Create(XIds.Compare)))
                await intake.ReceiveAsync(xEvent, cancellationToken);
            if (complete && events.Count > 0)
                await checkpoints.AdvanceAsync(checkpoint, events.Select(e => e.Id).Max(Comparer<string>.Create(XIds.Compare))!, time.GetUtcNow(), cancellationToken);
            if (complete) intake.Alive();
            return events.Count(e => !intake.IsOwn(e.AuthorId));
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or TimeoutException or Polly.ExecutionRejectedException ||
                                  (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.LogWarning("X poll of {What} failed: {Error}", what, e.Message);
            intake.Broken($"poll of {what} failed: {e.GetType().Name}");
            return 0;
        }
    }

    private async Task<(List<XEvent> Events, bool Complete)> ReadAsync(string what, string? since, string authorField, string contentType,
        Func<string?, string?, Task<XApiResponse>> fetch)
    {
        var events = new List<XEvent>();
        string? token = null;
        for (var page = 0; page < Math.Max(1, Options.PollMaxPages); page++)
        {
            var response = await fetch(since, token);
            if (!response.Ok)
            {
                Stopped(what, response);
                return (events, false);
            }
            using var json = response.Json();
            var read = V2Page.Read(json.RootElement, authorField, contentType);
            foreach (var xEvent in read.Events)
            {
                if (since is not null && XIds.Compare(xEvent.Id, since) <= 0) return (events, true);
                events.Add(xEvent);
            }
            if ((token = read.NextToken) is null) return (events, true);
        }
        // The page cap: the API's own window (800 mentions) is read; older ones are beyond reach anyway.
        return (events, true);
    }

    private void Stopped(string what, XApiResponse response)
    {
        if (response.RateLimited)
            logger.LogInformation("X poll of {What} rate limited until {Reset:u}; resumes after the reset", what, response.RetryAfter);
        else if (XApiOutcome.CredentialsRefused(response))
            intake.Broken($"X refused our credentials for {what} ({response.Problem()}): check Intake:X tokens and app permissions");
        else
            logger.LogWarning("X poll of {What} failed: {Problem}", what, response.Problem());
    }
}
