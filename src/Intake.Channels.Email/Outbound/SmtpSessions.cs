using System.Collections.Concurrent;
using Intake.Channels.Email.Auth;
using Intake.Channels.Email.Configuration;
using MailKit.Net.Smtp;
using MimeKit;

namespace Intake.Channels.Email.Outbound;

/// <summary>One logged-in SMTP connection per mailbox, reused across sends (a NOOP first when it sat idle), reopened when broken.</summary>
internal sealed class SmtpSessions(MailAuthenticator authenticator, EmailOptions options, TimeProvider time) : IAsyncDisposable
{
    private static readonly TimeSpan CheckAfterIdle = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, Session> _sessions = new(StringComparer.Ordinal);

    /// <summary>Sends <paramref name="message"/>; returns the server's acceptance text. SMTP and network errors surface as thrown.</summary>
    public async Task<string> SendAsync(MailboxOptions mailbox, MimeMessage message, CancellationToken cancellationToken)
    {
        var session = _sessions.GetOrAdd(mailbox.Name, _ => new Session());
        await session.Gate.WaitAsync(cancellationToken);
        try
        {
            var client = await ReadyAsync(session, mailbox, cancellationToken);
            try
            {
                var reply = await client.SendAsync(message, cancellationToken);
                session.LastUsed = time.GetUtcNow();
                return reply;
            }
            catch (Exception e) when (e is not SmtpCommandException)
            {
                // The connection is in an unknown state: never reuse it.
                Drop(session);
                throw;
            }
        }
        finally
        {
            session.Gate.Release();
        }
    }

    private async Task<SmtpClient> ReadyAsync(Session session, MailboxOptions mailbox, CancellationToken cancellationToken)
    {
        if (session.Client is { IsConnected: true } existing)
        {
            if (time.GetUtcNow() - session.LastUsed < CheckAfterIdle) return existing;
            try
            {
                await existing.NoOpAsync(cancellationToken);
                return existing;
            }
            catch (Exception e) when (e is IOException or SmtpProtocolException or SmtpCommandException or MailKit.ServiceNotConnectedException)
            {
                Drop(session);
            }
        }
        Drop(session);
        var client = new SmtpClient { Timeout = (int)options.CommandTimeout.TotalMilliseconds };
        if (options.AcceptInvalidCertificates) client.ServerCertificateValidationCallback = (_, _, _, _) => true;
        try
        {
            await client.ConnectAsync(mailbox.SmtpHost, mailbox.SmtpPort, mailbox.SmtpSecurity, cancellationToken);
            // Relays on loopback (and smtp-sink) offer no AUTH: then there is nothing to log in to.
            if (client.Capabilities.HasFlag(SmtpCapabilities.Authentication))
                await authenticator.AuthenticateAsync(client, mailbox, smtp: true, cancellationToken);
        }
        catch
        {
            client.Dispose();
            throw;
        }
        session.Client = client;
        session.LastUsed = time.GetUtcNow();
        return client;
    }

    private static void Drop(Session session)
    {
        session.Client?.Dispose();
        session.Client = null;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var session in _sessions.Values)
        {
            if (session.Client is { IsConnected: true } client)
            {
                using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                try { await client.DisconnectAsync(true, quick.Token); } catch (Exception e) when (e is IOException or OperationCanceledException or SmtpProtocolException) { }
            }
            Drop(session);
        }
    }

    private sealed class Session
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public SmtpClient? Client { get; set; }
        public DateTimeOffset LastUsed { get; set; }
    }
}
