namespace Intake.Core.Pipeline;

/// <summary>Settings of the intake pipeline (section Intake:Pipeline).</summary>
public sealed class PipelineOptions
{
    /// <summary>The public base URL of this gateway, used for the "why are you leaving?" link.</summary>
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:5080";
}
