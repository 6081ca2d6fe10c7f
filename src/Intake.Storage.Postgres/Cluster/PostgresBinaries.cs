namespace Intake.Storage.Postgres.Cluster;

/// <summary>Finds the directory holding initdb and postgres from the Debian packages.</summary>
internal static class PostgresBinaries
{
    public static string Locate()
    {
        var candidates = new List<string>();
        var fromEnvironment = Environment.GetEnvironmentVariable("INTAKE_PG_BIN");
        if (!string.IsNullOrEmpty(fromEnvironment)) candidates.Add(fromEnvironment);
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin")));
        }
        candidates.Add("/usr/local/bin");
        candidates.Add("/usr/bin");
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "postgres")))
            ?? throw new InvalidOperationException(
                "PostgreSQL server binaries (initdb, postgres) were not found. Install the Debian package 'postgresql' (eng/run and eng/test do), or set INTAKE_PG_BIN.");
    }
}
