using System.Text.Json;

namespace Intake.Host.Tests.Deployment;

/// <summary>appsettings.Example.json, read to check that a deployment file's variables name real settings.</summary>
internal static class ExampleSettings
{
    private static readonly JsonElement Root = JsonDocument.Parse(File.ReadAllText(Checkout.File("appsettings.Example.json")),
        new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }).RootElement;

    /// <summary>Variables of the framework itself, not of appsettings.</summary>
    private static readonly string[] FrameworkVariables = ["DOTNET_ENVIRONMENT", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_FORWARDEDHEADERS_ENABLED"];

    /// <summary>True when an environment variable (Intake__Api__NamedKeys__crm__Sha256) names a documented setting.</summary>
    public static bool Documents(string variable)
    {
        if (FrameworkVariables.Contains(variable, StringComparer.Ordinal)) return true;
        if (!variable.Contains("__", StringComparison.Ordinal)) return false;
        var at = Root;
        foreach (var segment in variable.Split("__"))
        {
            if (at.ValueKind == JsonValueKind.Object)
            {
                var next = at.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, segment, StringComparison.OrdinalIgnoreCase));
                if (next.Value.ValueKind == JsonValueKind.Undefined) return false;
                at = next.Value;
            }
            else if (at.ValueKind == JsonValueKind.Array && int.TryParse(segment, out _) && at.GetArrayLength() > 0)
                at = at[0];
            else if (at.ValueKind == JsonValueKind.Array && int.TryParse(segment, out _))
                return true; // a list of plain values, e.g. Intake:Api:Keys
            else
                return false;
        }
        return true;
    }
}
