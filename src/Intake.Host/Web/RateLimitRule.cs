namespace Intake.Host.Web;

/// <summary>At most <see cref="PermitLimit"/> requests per <see cref="Window"/> (fixed window); 0 turns the rule off.</summary>
internal sealed class RateLimitRule
{
    public int PermitLimit { get; set; }
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    public bool IsOn => PermitLimit > 0 && Window > TimeSpan.Zero;
}
