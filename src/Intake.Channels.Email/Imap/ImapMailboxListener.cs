using Intake.Channels.Email.Configuration;
using Intake.Core.Identity;
using Intake.Core.Observability;
using MailKit;
using MailKit.Net.Imap;

namespace Intake.Channels.Email.Imap;

/// <summary>
/// Keeps one mailbox connected: catches up from the checkpoint on every (re)connect, then waits for new mail with
/// IDLE (NOOP polling when the server lacks it). A broken connection is retried with backoff and jitter.
/// </summary>
internal sealed class ImapMailboxListener(
    MailboxOptions mailbox, ImapConnector connector, MailboxSynchroniser synchroniser, ChannelHeartbeats heartbeats,
    EmailOptions options, TimeProvider time, ILogger<ImapMailboxListener> logger) : BackgroundService
{
    private static readonly TimeSpan LockRetry = TimeSpan.FromSeconds(1);
    private readonly string _channel = EmailHeartbeat.For(mailbox);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        heartbeats.Register(_channel, options.IdleRefresh + options.PollInterval + TimeSpan.FromMinutes(2));
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(() => failures = 0, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                failures++;
                var delay = ReconnectBackoff.Delay(failures, options.FirstReconnectDelay, options.MaxReconnectDelay);
                var reason = $"{e.GetType().Name}: {PersonalDataRedactor.Redact(e.Message)}";
                heartbeats.Fail(_channel, reason);
                logger.LogWarning("Mailbox {Mailbox}: connection lost ({Reason}); reconnecting in {Delay}", mailbox.Name, reason, delay);
                try
                {
                    await Task.Delay(delay, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
    }

    private async Task ListenAsync(Action connected, CancellationToken stoppingToken)
    {
        using var client = await connector.ConnectAsync(mailbox, stoppingToken);
        try
        {
            var open = await connector.OpenAsync(client, mailbox, stoppingToken);
            connected();
            logger.LogInformation("Mailbox {Mailbox}: connected (IDLE: {Idle})", mailbox.Name, client.Capabilities.HasFlag(ImapCapabilities.Idle));
            using var arrivals = new MailArrivals(open.Folder);
            while (true)
            {
                arrivals.Reset();
                if (await synchroniser.SynchroniseAsync(open, stoppingToken) is null)
                {
                    // Another run holds the mailbox; it may have searched before the newest mail arrived.
                    await Task.Delay(LockRetry, time, stoppingToken);
                    continue;
                }
                heartbeats.Beat(_channel);
                if (arrivals.Pending) continue;
                await WaitForMailAsync(client, arrivals, stoppingToken);
            }
        }
        finally
        {
            if (client.IsConnected)
            {
                using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                try { await client.DisconnectAsync(true, quick.Token); } catch (Exception e) when (e is IOException or OperationCanceledException or ImapProtocolException) { }
            }
        }
    }

    private async Task WaitForMailAsync(ImapClient client, MailArrivals arrivals, CancellationToken stoppingToken)
    {
        if (!client.Capabilities.HasFlag(ImapCapabilities.Idle))
        {
            await Task.Delay(options.PollInterval, time, stoppingToken);
            await client.NoOpAsync(stoppingToken);
            return;
        }
        using var done = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        done.CancelAfter(options.IdleRefresh);
        using var registration = arrivals.OnArrival(done.Cancel);
        if (!arrivals.Pending) await client.IdleAsync(done.Token, stoppingToken);
    }
}
