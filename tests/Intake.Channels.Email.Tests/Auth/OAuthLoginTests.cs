using Intake.Channels.Email.Configuration;
using Intake.Testing.Email;

namespace Intake.Channels.Email.Tests.Auth;

/// <summary>XOAUTH2 against a real Dovecot whose oauth2 passdb checks each token at our fake authorization server.</summary>
public sealed class OAuthLoginTests
{
    private static async Task<(EmailRig Rig, FakeOAuthServer OAuth)> StartAsync()
    {
        var oauth = await FakeOAuthServer.StartAsync(EmailRig.Intake);
        var imap = await DovecotServer.StartAsync([EmailRig.Intake, EmailRig.Service, "klant"], new Uri(oauth.BaseAddress, "/introspect").ToString());
        var rig = await EmailRig.StartAsync(imap: imap, configure: o =>
        {
            var mailbox = o.Mailboxes[0];
            mailbox.Password = null;
            mailbox.OAuth = new OAuthOptions
            {
                TokenEndpoint = new Uri(oauth.BaseAddress, "/token").ToString(), ClientId = "intake", RefreshToken = oauth.RefreshToken,
            };
        });
        return (rig, oauth);
    }

    [Fact]
    public async Task The_mailbox_is_read_with_an_access_token_from_the_token_endpoint()
    {
        var (rig, oauth) = await StartAsync();
        await using var _ = rig;
        await using var __ = oauth;
        await rig.AppendAsync(EmailRig.Intake, Mails.Dutch());

        try { await rig.ReconcileAndDispatchAsync(); } catch (Exception e) { throw new InvalidOperationException(await rig.Imap.LogAsync(), e); }

        Assert.Equal(1, await rig.Database.ScalarAsync<long>("SELECT count(*) FROM inbound_message"));
        Assert.Equal(["refresh_token refresh-0 intake"], oauth.Grants);
        Assert.Contains("method=XOAUTH2", await rig.Imap.LogAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_refused_token_is_refreshed_once_and_the_rotated_refresh_token_is_used()
    {
        var (rig, oauth) = await StartAsync();
        await using var _ = rig;
        await using var __ = oauth;
        await rig.ReconciliationJob.RunAsync(EmailRig.Intake, CancellationToken.None);
        oauth.RevokeAll();
        await rig.AppendAsync(EmailRig.Intake, Mails.Dutch());

        await rig.ReconciliationJob.RunAsync(EmailRig.Intake, CancellationToken.None);

        Assert.Equal(1, await rig.Database.ScalarAsync<long>("SELECT count(*) FROM inbound_message"));
        Assert.Equal(["refresh_token refresh-0 intake", "refresh_token refresh-1 intake"], oauth.Grants);
    }
}
