namespace Intake.Core.Tests.Classification;

/// <summary>Finds a file of the repository from the test output folder, so fixtures need no copy-to-output entry.</summary>
public static class RepositoryFiles
{
    public static string Find(string relativePath)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"'{relativePath}' not found above '{AppContext.BaseDirectory}'.");
    }
}
