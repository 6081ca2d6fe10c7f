using System.Text.Json;
using System.Text.RegularExpressions;
using Intake.Core.ApiKeys;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Intake.Host.Tests.Deployment;

/// <summary>No Docker daemon here: the Dockerfile, compose file and systemd unit are parsed and checked against the host's settings.</summary>
public sealed partial class DeploymentFileTests
{
    [Fact]
    public void The_Dockerfile_builds_in_one_stage_runs_on_the_runtime_image_as_a_non_root_user_and_checks_the_live_route_on_its_port()
    {
        var lines = DockerfileInstructions(File.ReadAllText(Checkout.File("Dockerfile")));
        var stages = lines.Count(l => l.Instruction == "FROM");
        var final = lines.Skip(lines.FindLastIndex(l => l.Instruction == "FROM")).ToList();

        Assert.True(stages >= 2, "not a multi-stage build");
        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:", final[0].Arguments, StringComparison.Ordinal);
        Assert.Contains(final, l => l.Instruction == "COPY" && l.Arguments.StartsWith("--from=build", StringComparison.Ordinal));
        var user = Assert.Single(final, l => l.Instruction == "USER").Arguments;
        Assert.DoesNotContain(user.Split(':')[0], new[] { "root", "0" });
        var env = final.Where(l => l.Instruction == "ENV").SelectMany(l => EnvPair().Matches(l.Arguments)).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        Assert.Equal("Production", env["DOTNET_ENVIRONMENT"]);
        var port = Assert.Single(final, l => l.Instruction == "EXPOSE").Arguments;
        Assert.Equal(env["ASPNETCORE_HTTP_PORTS"], port);
        Assert.All(env.Keys, name => Assert.True(ExampleSettings.Documents(name), $"ENV {name} is no setting of appsettings.Example.json"));

        var health = Assert.Single(final, l => l.Instruction == "HEALTHCHECK").Arguments;
        var command = JsonSerializer.Deserialize<string[]>(health[(health.IndexOf("CMD [", StringComparison.Ordinal) + 4)..])!;
        Assert.Equal(["dotnet", "Intake.Host.dll", "health-check", $"http://127.0.0.1:{port}/health/live"], command);
        Assert.Equal("[\"dotnet\", \"Intake.Host.dll\"]", Assert.Single(final, l => l.Instruction == "ENTRYPOINT").Arguments);
    }

    [Fact]
    public void The_Dockerfile_restores_every_source_project_before_it_copies_the_code()
    {
        var lines = DockerfileInstructions(File.ReadAllText(Checkout.File("Dockerfile")));
        var restoreAt = lines.FindIndex(l => l.Instruction == "RUN" && l.Arguments.StartsWith("dotnet restore", StringComparison.Ordinal));
        var copied = lines.Take(restoreAt).Where(l => l.Instruction == "COPY").Select(l => l.Arguments.Split(' ')[0]).ToHashSet();
        var projects = Directory.GetFiles(Checkout.File("src"), "*.csproj", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Checkout.Root, p).Replace('\\', '/'));

        Assert.True(restoreAt > 0, "no dotnet restore step");
        // A project the restore layer does not know fails the image build at publish (a new project must be added here).
        Assert.All(projects, project => Assert.Contains(project, copied));
    }

    [Fact]
    public void The_compose_file_runs_PostgreSQL_and_two_gateways_whose_settings_are_real_configuration_keys()
    {
        var compose = (Dictionary<object, object>)new DeserializerBuilder().Build()
            .Deserialize<object>(new MergingParser(new Parser(new StringReader(File.ReadAllText(Checkout.File("deploy/compose.yaml"))))))!;
        var services = ((Dictionary<object, object>)compose["services"]).ToDictionary(s => (string)s.Key, s => (Dictionary<object, object>)s.Value);
        var exposed = DockerfileInstructions(File.ReadAllText(Checkout.File("Dockerfile"))).Last(l => l.Instruction == "EXPOSE").Arguments;
        var secrets = File.ReadAllLines(Checkout.File("deploy/intake.env.example")).Where(l => l.Contains('=') && !l.StartsWith('#')).Select(l => l.Split('=')[0]).ToHashSet();

        Assert.StartsWith("postgres:", (string)services["postgres"]["image"], StringComparison.Ordinal);
        var gateways = services.Where(s => s.Value.TryGetValue("build", out var build)
            && (string)((Dictionary<object, object>)build)["dockerfile"] == "Dockerfile").ToList();
        Assert.Equal(2, gateways.Count);
        var hostPorts = new List<string>();
        foreach (var (name, gateway) in gateways)
        {
            Assert.True(((Dictionary<object, object>)gateway["depends_on"]).ContainsKey("postgres"), name);
            var test = ((List<object>)((Dictionary<object, object>)gateway["healthcheck"])["test"]).Cast<string>().ToList();
            Assert.Equal(["CMD", "dotnet", "Intake.Host.dll", "health-check", $"http://127.0.0.1:{exposed}/health/live"], test);
            var port = ((List<object>)gateway["ports"]).Cast<string>().Single().Split(':');
            Assert.Equal(exposed, port[^1]);
            hostPorts.Add(port[^2]);

            var environment = ((Dictionary<object, object>)gateway["environment"]).ToDictionary(e => (string)e.Key, e => (string)e.Value);
            Assert.All(environment.Keys, variable => Assert.True(ExampleSettings.Documents(variable), $"{name}: {variable} is no setting of appsettings.Example.json"));
            Assert.Equal(exposed, environment["ASPNETCORE_HTTP_PORTS"]);
            Assert.Contains("Host=postgres;", environment["ConnectionStrings__Intake"], StringComparison.Ordinal);
            foreach (var scopes in environment.Where(e => e.Key.EndsWith("__Scopes", StringComparison.Ordinal)))
                Assert.All(scopes.Value.Split(' '), scope => Assert.True(ApiScopes.IsKnown(scope), $"{scopes.Key}: {scope}"));
            foreach (Match reference in Reference().Matches(string.Join('\n', environment.Values)))
                Assert.True(secrets.Contains(reference.Groups[1].Value), $"{reference.Value} is not in deploy/intake.env.example");
        }
        Assert.Equal(2, hostPorts.Distinct().Count());
    }

    [Fact]
    public void The_systemd_unit_runs_the_published_host_in_Production_as_its_own_user_with_real_setting_names()
    {
        var service = File.ReadAllLines(Checkout.File("deploy/intake.service"))
            .SkipWhile(l => l.Trim() != "[Service]").Skip(1).TakeWhile(l => !l.StartsWith('['))
            .Where(l => l.Contains('=') && !l.TrimStart().StartsWith('#'))
            .Select(l => (Name: l[..l.IndexOf('=')], Value: l[(l.IndexOf('=') + 1)..])).ToList();
        var environment = service.Where(s => s.Name == "Environment").Select(s => s.Value.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        // The secrets' names, given in the unit's comments, must be real settings too.
        var commented = File.ReadAllLines(Checkout.File("deploy/intake.service")).Where(l => l.TrimStart().StartsWith('#'))
            .SelectMany(l => SettingName().Matches(l)).Select(m => m.Value).ToList();

        Assert.DoesNotContain(service.Single(s => s.Name == "User").Value, new[] { "root", "0" });
        Assert.EndsWith("Intake.Host.dll", service.Single(s => s.Name == "ExecStart").Value, StringComparison.Ordinal);
        Assert.Contains(service, s => s.Name == "EnvironmentFile");
        Assert.Equal("Production", environment["DOTNET_ENVIRONMENT"]);
        Assert.NotEmpty(commented);
        Assert.All(environment.Keys.Concat(commented), variable => Assert.True(ExampleSettings.Documents(variable), $"{variable} is no setting of appsettings.Example.json"));
    }

    private static List<(string Instruction, string Arguments)> DockerfileInstructions(string text) =>
        text.Replace("\\\n", " ", StringComparison.Ordinal).Split('\n')
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => (l.Split(' ', 2)[0].ToUpperInvariant(), Regex.Replace(l.Split(' ', 2).ElementAtOrDefault(1) ?? "", @"\s+", " ").Trim())).ToList();

    [GeneratedRegex(@"([A-Za-z_][A-Za-z0-9_]*)=(\S+)")]
    private static partial Regex EnvPair();

    [GeneratedRegex(@"\$\{([A-Z0-9_]+)")]
    private static partial Regex Reference();

    [GeneratedRegex(@"\b(?:Intake|ConnectionStrings)__[A-Za-z0-9_]+\b")]
    private static partial Regex SettingName();
}
