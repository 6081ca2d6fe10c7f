namespace Intake.Host.Web;

/// <summary>Settings of the public request limits (section Intake:RateLimits); counted per host, in memory.</summary>
internal sealed class RateLimitOptions
{
    /// <summary>
    /// POST /cancel, POST /why/{token} and /api/v1 requests without a configured API key, per client IP (an IPv6
    /// client counts by its /64).
    /// </summary>
    public RateLimitRule PerIp { get; set; } = new() { PermitLimit = 30, Window = TimeSpan.FromMinutes(1) };

    /// <summary>POST /cancel for one sender: the email, else the phone, else the account number typed in the form.</summary>
    public RateLimitRule FormPerSender { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(10) };

    /// <summary>Every /api/v1 request with one configured API key (requests without a known key count per client IP instead).</summary>
    public RateLimitRule ApiPerKey { get; set; } = new() { PermitLimit = 500, Window = TimeSpan.FromSeconds(1) };

    /// <summary>POST /api/v1/intake for one <c>from</c> (normalised), whichever key sends it.</summary>
    public RateLimitRule ApiPerSender { get; set; } = new() { PermitLimit = 30, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Largest POST /cancel or /why body; larger gets 413 before anything is read.</summary>
    public long MaxFormBytes { get; set; } = 64 * 1024;
}
