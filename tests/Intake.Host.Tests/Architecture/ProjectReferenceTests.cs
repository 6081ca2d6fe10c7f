using System.Xml.Linq;
using Intake.Host.Tests.Deployment;

namespace Intake.Host.Tests.Architecture;

/// <summary>Dependencies point inward: Core references nothing of ours, and channels and the console reach storage only through Core's ports (#19).</summary>
public sealed class ProjectReferenceTests
{
    private static readonly string[] DataAccessPackages = ["Dapper", "Npgsql"];

    [Fact]
    public void The_source_tree_has_the_projects_these_tests_read()
    {
        var names = Projects().Select(p => p.Name).ToList();
        Assert.Contains("Intake.Core", names);
        Assert.Contains("Intake.Storage.Postgres", names);
        Assert.Contains("Intake.Channels.Email", names);
        Assert.Contains("Intake.Channels.Twitter", names);
        Assert.Contains("Intake.Channels.Web", names);
        Assert.Contains("Intake.Channels.Twilio", names);
        Assert.Contains("Intake.Webcare", names);
    }

    [Fact]
    public void Core_references_no_other_project()
    {
        var core = Projects().Single(p => p.Name == "Intake.Core");
        Assert.Empty(Includes(core.Project, "ProjectReference"));
    }

    [Fact]
    public void Neither_a_channel_nor_the_console_references_the_postgres_storage_project()
    {
        var offending = ChannelProjects().Append(Projects().Single(p => p.Name == "Intake.Webcare"))
            .SelectMany(p => Includes(p.Project, "ProjectReference")
                .Where(i => Path.GetFileNameWithoutExtension(i.Replace('\\', '/')) == "Intake.Storage.Postgres")
                .Select(_ => p.Name))
            .ToList();
        Assert.Empty(offending);
    }

    [Fact]
    public void Only_the_storage_project_carries_dapper_or_npgsql()
    {
        var offending = Projects().Where(p => p.Name != "Intake.Storage.Postgres")
            .SelectMany(p => Includes(p.Project, "PackageReference")
                .Where(i => DataAccessPackages.Any(d => i.StartsWith(d, StringComparison.OrdinalIgnoreCase)))
                .Select(i => $"{p.Name} → {i}"))
            .ToList();
        Assert.Empty(offending);
    }

    private static IEnumerable<(string Name, XDocument Project)> ChannelProjects() =>
        Projects().Where(p => p.Name.StartsWith("Intake.Channels.", StringComparison.Ordinal));

    // Every src/*/*.csproj of the checkout this test was built from (found by its Intake.sln).
    private static IEnumerable<(string Name, XDocument Project)> Projects() =>
        Directory.GetDirectories(Path.Combine(Checkout.Root, "src"))
            .SelectMany(d => Directory.GetFiles(d, "*.csproj"))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileNameWithoutExtension(f), XDocument.Load(f)));

    private static IEnumerable<string> Includes(XDocument project, string item) =>
        project.Descendants(item).Select(e => (string?)e.Attribute("Include")).OfType<string>();
}
