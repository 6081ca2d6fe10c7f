using System.Xml.Linq;
using Intake.Core.Configuration;

namespace Intake.Host.Tests.Architecture;

/// <summary>Channels depend on Core's ports, not on the PostgreSQL stores or their data access (#19).</summary>
public sealed class ChannelReferenceTests
{
    private static readonly string Root = Path.GetDirectoryName(ChannelConfigDirectory.Find())!;

    // Twilio still keeps its stores (calls, callback promises, reply fallbacks, SMS opt-outs, WhatsApp windows) as SQL in the
    // channel (src/Intake.Channels.Twilio/Storage): moving them behind Core ports is the remaining step of #19.
    // Remove it from here when it is done.
    private static readonly string[] DataAccessStillAllowed = ["Intake.Channels.Twilio"];

    private static readonly string[] DataAccessPackages = ["Dapper", "Npgsql"];

    [Fact]
    public void The_source_tree_has_the_channel_projects_this_test_reads()
    {
        var names = ChannelProjects().Select(p => p.Name).ToList();
        Assert.Contains("Intake.Channels.Email", names);
        Assert.Contains("Intake.Channels.Twitter", names);
        Assert.Contains("Intake.Channels.Web", names);
        Assert.Contains("Intake.Channels.Twilio", names);
    }

    [Fact]
    public void No_channel_project_references_the_postgres_storage_project()
    {
        var offending = ChannelProjects()
            .SelectMany(p => Includes(p.Project, "ProjectReference")
                .Where(i => Path.GetFileNameWithoutExtension(i.Replace('\\', '/')) == "Intake.Storage.Postgres")
                .Select(_ => p.Name))
            .ToList();
        Assert.Empty(offending);
    }

    [Fact]
    public void No_channel_project_but_twilio_carries_dapper_or_npgsql()
    {
        var offending = ChannelProjects()
            .Where(p => !DataAccessStillAllowed.Contains(p.Name))
            .SelectMany(p => Includes(p.Project, "PackageReference")
                .Where(i => DataAccessPackages.Any(d => i.StartsWith(d, StringComparison.OrdinalIgnoreCase)))
                .Select(i => $"{p.Name} → {i}"))
            .ToList();
        Assert.Empty(offending);
    }

    private static IEnumerable<(string Name, XDocument Project)> ChannelProjects() =>
        Directory.GetDirectories(Path.Combine(Root, "src"), "Intake.Channels.*")
            .Select(d => Path.Combine(d, Path.GetFileName(d) + ".csproj"))
            .Where(File.Exists)
            .Select(f => (Path.GetFileNameWithoutExtension(f), XDocument.Load(f)));

    private static IEnumerable<string> Includes(XDocument project, string item) =>
        project.Descendants(item).Select(e => (string?)e.Attribute("Include")).OfType<string>();
}
