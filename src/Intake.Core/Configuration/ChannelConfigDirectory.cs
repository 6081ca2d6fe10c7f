namespace Intake.Core.Configuration;

/// <summary>
/// Finds channel-config/ (phrase lists, templates, channel defaults): the configured path, else the first
/// channel-config folder above the application directory or the working directory.
/// </summary>
public static class ChannelConfigDirectory
{
    public const string Name = "channel-config";

    public static string Find(string? configured = null)
    {
        if (!string.IsNullOrWhiteSpace(configured))
            return Directory.Exists(configured) ? Path.GetFullPath(configured)
                : throw new DirectoryNotFoundException($"Intake:ChannelConfigPath '{configured}' does not exist.");
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, Name);
                if (Directory.Exists(Path.Combine(candidate, "templates"))) return candidate;
            }
        }
        throw new DirectoryNotFoundException(
            $"No {Name} folder above '{AppContext.BaseDirectory}' or '{Directory.GetCurrentDirectory()}'; set Intake:ChannelConfigPath.");
    }
}
