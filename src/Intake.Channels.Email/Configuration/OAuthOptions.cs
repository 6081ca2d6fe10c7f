namespace Intake.Channels.Email.Configuration;

/// <summary>OAuth 2.0 for XOAUTH2 (Microsoft 365, Gmail): the access token comes from the token endpoint by refresh token or client credentials.</summary>
public sealed class OAuthOptions
{
    public string TokenEndpoint { get; set; } = "";
    public string ClientId { get; set; } = "";
    public string? ClientSecret { get; set; }
    /// <summary>With a refresh token the refresh_token grant is used; without, client_credentials.</summary>
    public string? RefreshToken { get; set; }
    /// <summary>Space-separated scopes, e.g. "https://outlook.office365.com/.default".</summary>
    public string? Scope { get; set; }

    public bool IsConfigured => TokenEndpoint.Length > 0 && ClientId.Length > 0;
}
