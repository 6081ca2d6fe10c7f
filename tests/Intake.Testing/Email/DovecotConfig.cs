namespace Intake.Testing.Email;

/// <summary>The generated configuration of a private test Dovecot (see ../shared/REAL-SERVERS.md for why each line is there).</summary>
internal static class DovecotConfig
{
    public static string Render(string dir, int port, bool oauth) => $$"""
        base_dir = {{dir}}/run
        state_dir = {{dir}}/state
        instance_name = intake-test-{{port}}
        listen = 127.0.0.1
        protocols = imap
        ssl = no
        disable_plaintext_auth = no
        auth_mechanisms = plain login{{(oauth ? " xoauth2 oauthbearer" : "")}}
        log_path = {{dir}}/dovecot.log
        auth_verbose = yes
        mail_location = maildir:~/Maildir
        first_valid_uid = 100
        mail_max_userip_connections = 100
        {{(oauth ? $"passdb {{\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n  args = {dir}/oauth2.conf.ext\n}}" : "")}}
        passdb {
          driver = passwd-file
          args = scheme=PLAIN {{dir}}/passwd
        }
        userdb {
          driver = passwd-file
          args = {{dir}}/passwd
        }
        service imap-login {
          inet_listener imap {
            address = 127.0.0.1
            port = {{port}}
          }
          inet_listener imaps {
            port = 0
          }
          chroot =
        }
        service anvil {
          chroot =
        }
        """;

    /// <summary>Dovecot checks each token by POSTing it to the introspection URL (RFC 7662 style).</summary>
    public static string OAuth(string introspectionUrl) => $"""
        introspection_mode = post
        introspection_url = {introspectionUrl}
        username_attribute = username
        active_attribute = active
        active_value = true
        force_introspection = yes
        tokeninfo_url = {introspectionUrl}?token=
        """;
}
