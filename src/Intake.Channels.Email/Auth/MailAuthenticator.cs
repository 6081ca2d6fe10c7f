using Intake.Channels.Email.Configuration;
using MailKit;
using MailKit.Security;

namespace Intake.Channels.Email.Auth;

/// <summary>Logs an IMAP or SMTP client in by password or by OAuth 2.0 (XOAUTH2, else OAUTHBEARER), refreshing a refused token once.</summary>
internal sealed class MailAuthenticator(OAuthTokenSource tokens)
{
    public async Task AuthenticateAsync(IMailService client, MailboxOptions mailbox, bool smtp, CancellationToken cancellationToken)
    {
        var username = smtp && mailbox.SmtpUsername is { Length: > 0 } smtpUser ? smtpUser : mailbox.Username;
        if (!mailbox.UsesOAuth)
        {
            var password = smtp && mailbox.SmtpPassword is { Length: > 0 } smtpPassword ? smtpPassword : mailbox.Password ?? "";
            await client.AuthenticateAsync(username, password, cancellationToken);
            return;
        }

        var token = await tokens.GetAccessTokenAsync(mailbox.OAuth, forceRefresh: false, cancellationToken);
        try
        {
            await client.AuthenticateAsync(Mechanism(client, username, token), cancellationToken);
        }
        catch (AuthenticationException)
        {
            // The cached token may have been revoked or expired early: one fresh token, one more try.
            token = await tokens.GetAccessTokenAsync(mailbox.OAuth, forceRefresh: true, cancellationToken);
            await client.AuthenticateAsync(Mechanism(client, username, token), cancellationToken);
        }
    }

    /// <summary>XOAUTH2 when offered (Microsoft 365, Gmail), else the standard OAUTHBEARER (RFC 7628).</summary>
    internal static SaslMechanism Mechanism(IMailService client, string username, string token) =>
        !client.AuthenticationMechanisms.Contains("XOAUTH2") && client.AuthenticationMechanisms.Contains("OAUTHBEARER")
            ? new SaslMechanismOAuthBearer(username, token)
            : new SaslMechanismOAuth2(username, token);
}
