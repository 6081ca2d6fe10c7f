namespace Intake.Channels.Web.Api;

/// <summary>Settings of the JSON API (section Intake:Api); its keys are Intake.Core.ApiKeys.ApiKeyOptions, bound from the same section.</summary>
public sealed class ApiOptions
{
    /// <summary>Largest accepted request body.</summary>
    public int MaxBodyBytes { get; set; } = 256 * 1024;
}
