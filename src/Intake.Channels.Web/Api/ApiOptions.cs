namespace Intake.Channels.Web.Api;

/// <summary>Settings of the JSON API (section Intake:Api); its keys are Intake.Core.ApiKeys.ApiKeyOptions, bound from the same section.</summary>
public sealed class ApiOptions
{
    /// <summary>Largest accepted request body.</summary>
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Largest accepted body of POST /api/v1/customers (the directory upload, read as it streams in).</summary>
    public long DirectoryMaxBodyBytes { get; set; } = 256L * 1024 * 1024;
}
