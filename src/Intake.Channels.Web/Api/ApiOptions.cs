namespace Intake.Channels.Web.Api;

/// <summary>Settings of the JSON API (section Intake:Api).</summary>
public sealed class ApiOptions
{
    /// <summary>Accepted values of the X-Api-Key header; the API refuses every request while this is empty.</summary>
    public List<string> Keys { get; set; } = [];
    /// <summary>Largest accepted request body.</summary>
    public int MaxBodyBytes { get; set; } = 256 * 1024;
}
