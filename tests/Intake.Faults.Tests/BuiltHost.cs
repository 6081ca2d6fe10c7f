namespace Intake.Faults.Tests;

/// <summary>The host built beside these tests (same configuration), which the fault tests start as real processes.</summary>
internal static class BuiltHost
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    public static string Dll
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Intake.sln"))) directory = directory.Parent;
            if (directory is null) throw new InvalidOperationException($"No Intake.sln above {AppContext.BaseDirectory}.");
            return Path.Combine(directory.FullName, "src", "Intake.Host", "bin", Configuration, "net10.0", "Intake.Host.dll");
        }
    }
}
