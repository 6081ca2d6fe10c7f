namespace Intake.Core.Pipeline;

/// <summary>Settings of the intake pipeline (section Intake:Pipeline).</summary>
public sealed class PipelineOptions
{
    /// <summary>The public base URL of this gateway, used for the "why are you leaving?" link.</summary>
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:5080";
    /// <summary>A raw payload still neither accepted nor quarantined after this long was cut off (host killed, database
    /// away): the interrupted-intake sweep takes it in. Longer than any intake and than an IVR call's life (15 min).</summary>
    public TimeSpan InterruptedAfter { get; set; } = TimeSpan.FromMinutes(30);
}
