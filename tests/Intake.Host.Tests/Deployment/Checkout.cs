namespace Intake.Host.Tests.Deployment;

/// <summary>Where the repository and this test build are: the deployment files and the project to publish.</summary>
internal static class Checkout
{
    public static string Root { get; } = FindRoot();

    /// <summary>Debug or Release: the configuration this test assembly (and so the host) was built in.</summary>
    public static string Configuration { get; } = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    public static string File(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Intake.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException($"No Intake.sln above {AppContext.BaseDirectory}");
    }
}
