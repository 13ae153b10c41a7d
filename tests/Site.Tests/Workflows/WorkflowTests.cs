using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;
using Site.Cli;
using Site.Web.Tests.Support;
using YamlDotNet.RepresentationModel;
using static Site.Tests.Workflows.Workflow;

namespace Site.Tests.Workflows;

/// <summary>
/// The GitHub Actions workflows, read as YAML: the steps each job must have, every CLI call
/// parsed by the real command line, every action pinned to a commit, Pages' permissions.
/// </summary>
public sealed partial class WorkflowTests
{
    /// <summary>
    /// Subcommands written on other branches at the same time, with the options they will have.
    /// Once SiteCommandLine has one, the real command is used and its entry here is ignored.
    /// </summary>
    private static readonly Dictionary<string, string[]> PendingCommands = new(StringComparer.Ordinal)
    {
        ["check"] = ["--format", "--external", "--root", "--output", "-o", "--base-path", "--clean", "--verbose", "-v", "--quiet", "-q"],
    };

    public static TheoryData<string> WorkflowFiles()
    {
        var data = new TheoryData<string>();
        foreach (var workflow in All())
        {
            data.Add(workflow.Name);
        }

        return data;
    }

    [Fact]
    public void The_three_workflows_exist()
        => Assert.Equal(["ci.yml", "links.yml", "pages.yml"], All().Select(w => w.Name));

    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public void Every_job_runs_on_a_runner_with_a_timeout_and_checks_out_first(string file)
    {
        var workflow = Named(file);
        Assert.NotEmpty(workflow.Jobs.Children);
        foreach (var (name, node) in workflow.Jobs.Children)
        {
            var job = (YamlMappingNode)node;
            Assert.False(string.IsNullOrEmpty(Scalar(job, "runs-on")), $"{file}: job {name} has no runs-on");
            Assert.True(int.TryParse(Scalar(job, "timeout-minutes"), out var minutes) && minutes is > 0 and <= 90, $"{file}: job {name} needs a timeout");
            var steps = Sequence(job, "steps").Cast<YamlMappingNode>().ToList();
            Assert.NotEmpty(steps);
            Assert.All(steps, step => Assert.True(Has(step, "uses") ^ Has(step, "run"), $"{file}: a step of {name} must either use an action or run a script"));
            if (steps.Any(step => Has(step, "run")))
            {
                Assert.StartsWith("actions/checkout@", Scalar(steps[0], "uses"), StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public void Every_action_is_pinned_to_a_full_commit_with_its_version_in_a_comment(string file)
    {
        var workflow = Named(file);
        var uses = workflow.Steps.Select(s => Scalar(s.Step, "uses")).OfType<string>().ToList();
        Assert.NotEmpty(uses);
        Assert.All(uses, action => Assert.Matches(PinnedAction(), action));

        var lines = workflow.Text.Split('\n').Where(line => line.TrimStart().StartsWith("uses:", StringComparison.Ordinal)
                                                        || line.TrimStart().StartsWith("- uses:", StringComparison.Ordinal)).ToList();
        Assert.Equal(uses.Count, lines.Count);
        Assert.All(lines, line => Assert.Matches(VersionComment(), line));
    }

    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public void Every_call_of_our_cli_names_a_subcommand_and_options_that_exist(string file)
    {
        foreach (var run in Named(file).Runs)
        {
            foreach (var arguments in CliInvocations.In(run))
            {
                AssertParses(arguments, $"{file}: `{string.Join(' ', arguments)}`");
            }
        }
    }

    [Fact]
    public void The_parser_of_this_test_rejects_what_the_cli_rejects()
    {
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertParses(["toc", "--no-such-option"], "unknown option"));
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertParses(["bulid"], "unknown command"));
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertParses(["check", "--formatt", "github"], "unknown option of a pending command"));
        AssertParses(["build", "--base-path", "$BASE_PATH"], "build");
    }

    [Fact]
    public void Ci_builds_tests_checks_and_keeps_the_site()
    {
        var ci = Named("ci.yml");
        var on = Map(ci.Root, "on");
        Assert.True(Has(on, "pull_request") && Has(on, "push"), "CI runs on pull requests and pushes");

        Assert.NotNull(ci.Using("actions/checkout"));
        Assert.StartsWith("10", Scalar(Map(ci.Using("actions/setup-dotnet")!.Value.Step, "with"), "dotnet-version"), StringComparison.Ordinal);
        Assert.NotNull(ci.Using("actions/setup-node"));
        Assert.Contains(ci.Runs, run => run.Contains("command -v chromium", StringComparison.Ordinal) && run.Contains("apt-get install", StringComparison.Ordinal));

        var order = ci.Steps.Select(s => Scalar(s.Step, "run") ?? Scalar(s.Step, "uses")!).ToList();
        var build = IndexOfCli(order, ["build"]);
        var test = order.FindIndex(step => step.Trim() == "./test.sh");
        var toc = IndexOfCli(order, TocStep);
        var check = IndexOfCli(order, ["check", "--format", "github"]);
        var upload = order.FindIndex(step => step.StartsWith("actions/upload-artifact@", StringComparison.Ordinal));
        Assert.True(build >= 0 && test > build && toc > build && check > build && upload > check,
            "CI: build the site, ./test.sh, toc --check --update-only seeds input, check --format github, then upload the site");
        Assert.Contains(order, step => step.Contains("dotnet run --project src/Site -c Release -- check --format github", StringComparison.Ordinal));
        var uploadWith = Map(ci.Using("actions/upload-artifact")!.Value.Step, "with");
        Assert.Equal("output", Scalar(uploadWith, "path")?.TrimEnd('/'));
    }

    [Fact]
    public async Task Ci_toc_step_passes_on_the_repository_as_it_is()
    {
        // The step as the workflow writes it, its paths taken from the repository root (the job's folder).
        var step = Named("ci.yml").Steps.Select(s => Scalar(s.Step, "run")).OfType<string>()
            .SelectMany(CliInvocations.In).Single(arguments => arguments.Length > 0 && arguments[0] == "toc");
        Assert.Equal(TocStep, step);
        var arguments = step.Select(a => a.StartsWith('-') || a == "toc" ? a : Path.Combine(RepositoryPaths.Root, a)).ToArray();
        using var output = new StringWriter();

        var exit = await SiteCommandLine.RunAsync(arguments, output, output);

        Assert.True(exit == SiteCommandLine.Success, $"toc {string.Join(' ', step[1..])} exited with {exit}:\n{output}");
    }

    [Fact]
    public void Test_sh_is_what_ci_runs_and_what_dot_ci_run_calls()
    {
        var testSh = Path.Combine(RepositoryPaths.Root, "test.sh");
        Assert.True(File.Exists(testSh));
        if (!OperatingSystem.IsWindows())
        {
            Assert.True(File.GetUnixFileMode(testSh).HasFlag(UnixFileMode.UserExecute), "test.sh must be executable");
        }

        Assert.Contains("dotnet test Site.sln", File.ReadAllText(testSh), StringComparison.Ordinal);
        var ciRun = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, ".ci", "run"));
        Assert.Contains(ciRun, line => line.Trim() == "./test.sh");
        Assert.Contains(Named("ci.yml").Runs, run => run.Trim() == "./test.sh");
    }

    [Fact]
    public void Pages_builds_under_the_repository_path_and_deploys_with_least_permissions()
    {
        var pages = Named("pages.yml");
        var push = Map(Map(pages.Root, "on"), "push");
        Assert.Contains("main", Sequence(push, "branches").Cast<YamlScalarNode>().Select(b => b.Value));

        var permissions = Map(pages.Root, "permissions");
        Assert.Equal("write", Scalar(permissions, "pages"));
        Assert.Equal("write", Scalar(permissions, "id-token"));
        Assert.Equal("read", Scalar(permissions, "contents"));
        Assert.Equal(3, permissions.Children.Count);
        Assert.False(string.IsNullOrEmpty(Scalar(Map(pages.Root, "concurrency"), "group")));

        var (buildJob, buildStep) = pages.Steps.Single(s => CliInvocations.In(Scalar(s.Step, "run") ?? string.Empty).Any(a => a.FirstOrDefault() == "build"));
        var arguments = CliInvocations.In(Scalar(buildStep, "run")!).Single();
        var basePath = arguments[Array.IndexOf(arguments, "--base-path") + 1];
        var environment = MapOrNull(buildStep, "env");
        var resolved = basePath.StartsWith('$') && environment is not null ? Scalar(environment, basePath.TrimStart('$').Trim('{', '}')) : basePath;
        Assert.Equal("/${{ github.event.repository.name }}/", resolved);

        var order = pages.Steps.Where(s => s.Job == buildJob).Select(s => Scalar(s.Step, "uses") ?? "run").ToList();
        var configure = order.FindIndex(u => u.StartsWith("actions/configure-pages@", StringComparison.Ordinal));
        var upload = order.FindIndex(u => u.StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal));
        Assert.True(configure >= 0 && upload > configure, "configure-pages, then the build, then upload-pages-artifact");
        Assert.Equal("output", Scalar(Map(pages.Using("actions/upload-pages-artifact")!.Value.Step, "with"), "path"));

        var (deployJob, _) = pages.Using("actions/deploy-pages")!.Value;
        var deploy = Map(pages.Jobs, deployJob);
        Assert.Equal(buildJob, Scalar(deploy, "needs"));
        Assert.Equal("github-pages", Scalar(Map(deploy, "environment"), "name"));
    }

    [Fact]
    public void Links_runs_weekly_with_a_cache_of_answers()
    {
        var links = Named("links.yml");
        var on = Map(links.Root, "on");
        Assert.True(Has(on, "workflow_dispatch"));
        var cron = Scalar((YamlMappingNode)Sequence(on, "schedule").Single(), "cron")!.Split(' ');
        Assert.Equal(5, cron.Length);
        Assert.True(cron[2] == "*" && cron[3] == "*" && int.TryParse(cron[4], out _), $"weekly: one day of the week, not {string.Join(' ', cron)}");

        var steps = links.Steps.Select(s => s.Step).ToList();
        var cache = steps.FindIndex(s => Scalar(s, "uses")?.StartsWith("actions/cache@", StringComparison.Ordinal) == true);
        var check = steps.FindIndex(s => CliInvocations.In(Scalar(s, "run") ?? string.Empty).Any(a => a.FirstOrDefault() == "check" && a.Contains("--external")));
        Assert.True(cache >= 0 && check > cache, "restore the cache, then check --external (the cache action saves at the end)");
        var with = Map(steps[cache], "with");
        Assert.Equal(".site-cache", Scalar(with, "path")?.Trim().TrimEnd('/'));
        Assert.False(string.IsNullOrEmpty(Scalar(with, "key")));
        Assert.False(string.IsNullOrEmpty(Scalar(with, "restore-keys")));
    }

    private static readonly string[] TocStep = ["toc", "--check", "--update-only", "seeds", "input"];

    private static int IndexOfCli(List<string> steps, string[] arguments)
        => steps.FindIndex(step => CliInvocations.In(step).Any(a => a.SequenceEqual(arguments)));

    private static void AssertParses(string[] arguments, string what)
    {
        Assert.True(arguments.Length > 0, $"{what}: no subcommand");
        var root = SiteCommandLine.Create();
        if (root.Subcommands.All(c => c.Name != arguments[0]) && PendingCommands.TryGetValue(arguments[0], out var pendingOptions))
        {
            foreach (var option in arguments.Skip(1).Where(a => a.StartsWith('-')))
            {
                Assert.Contains(option, pendingOptions);
            }

            return;
        }

        var parse = root.Parse(arguments);
        Assert.True(parse.Errors.Count == 0, $"{what}: {string.Join("; ", parse.Errors.Select(e => e.Message))}");
        Assert.NotSame(root, parse.CommandResult.Command);
        // A command that takes any number of arguments (toc PATH...) swallows an unknown option as an argument.
        var optionLike = parse.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).Where(t => t.Value.StartsWith('-')).ToList();
        Assert.True(optionLike.Count == 0, $"{what}: unknown option {string.Join(", ", optionLike.Select(t => t.Value))}");
    }

    [GeneratedRegex(@"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/[A-Za-z0-9_./-]+)?@[0-9a-f]{40}$")]
    private static partial Regex PinnedAction();

    [GeneratedRegex(@"uses:\s*\S+@[0-9a-f]{40}\s+#\s*v\d+(\.\d+){0,2}\b")]
    private static partial Regex VersionComment();
}
