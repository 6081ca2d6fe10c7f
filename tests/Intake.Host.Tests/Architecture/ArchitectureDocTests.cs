using Intake.Core.Configuration;
using Intake.Testing.Email;

namespace Intake.Host.Tests.Architecture;

/// <summary>The design lives in the repo: docs/architecture.md shows the project references as they are, and the README links it.</summary>
public sealed class ArchitectureDocTests
{
    private static readonly string Root = Path.GetDirectoryName(ChannelConfigDirectory.Find())!;

    [Fact]
    public async Task The_dependency_picture_in_the_architecture_doc_is_generated_from_the_current_project_references()
    {
        // eng/deps --check exits non-zero with the fresh picture when the doc is stale; SystemCommand then throws with it.
        await SystemCommand.RunAsync(SystemCommand.Find("bash", "bash"), Path.Combine(Root, "eng", "deps"), "--check");
        Assert.Contains("```mermaid", await File.ReadAllTextAsync(Path.Combine(Root, "docs", "architecture.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_readme_links_the_architecture_doc_in_the_repo_and_nothing_outside_it()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(Root, "README.md"));
        Assert.Contains("(docs/architecture.md)", readme, StringComparison.Ordinal);
        Assert.DoesNotContain("../", readme, StringComparison.Ordinal);
        Assert.DoesNotContain("shared/DESIGN", readme, StringComparison.Ordinal);
    }
}
