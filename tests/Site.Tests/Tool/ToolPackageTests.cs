using System.Diagnostics;
using System.Reflection;
using Site.Tests.Support;
using Site.Web.Tests.Support;
using Xunit.Abstractions;

namespace Site.Tests.Tool;

/// <summary>
/// The .NET tool end to end: pack, install into a temp tool path from that package alone, and
/// build a site root that has no theme/ folder. Slow (about a minute); CI runs it like any other.
/// </summary>
public sealed class ToolPackageTests(ITestOutputHelper log)
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(5);

    [Fact]
    [Trait("Category", "EndToEnd")]
    public async Task The_packed_tool_builds_a_site_root_without_a_theme_folder()
    {
        using var temp = new TempDirectory();
        var packages = temp.Combine("packages");
        var tools = temp.Combine("tools");
        var siteRoot = temp.Combine("site");
        // A version of its own: no NuGet cache can hand back an older package of the same number.
        var version = "0.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);

        // The test run has already built src/Site in this configuration: pack that build.
        await RunAsync(Dotnet, ["pack", Path.Combine(RepositoryPaths.Root, "src", "Site"), "-c", Configuration, "--no-build",
            "-o", packages, "-p:PackageVersion=" + version], RepositoryPaths.Root);
        // Only the folder of the new package as a source: no network, no other feed.
        await File.WriteAllTextAsync(temp.Combine("nuget.config"),
            $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="packed" value="{packages}" />
              </packageSources>
            </configuration>
            """);
        await RunAsync(Dotnet, ["tool", "install", "--tool-path", tools, "--configfile", temp.Combine("nuget.config"),
            "--add-source", packages, "--version", version, "KubeReleases.Site"], temp.Path);

        SiteRoots.CopyTo(siteRoot);
        var tool = Path.Combine(tools, OperatingSystem.IsWindows() ? "site.exe" : "site");
        var output = await RunAsync(tool, ["build"], siteRoot);

        Assert.Contains("Built ", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(siteRoot, "theme")));
        foreach (var file in new[] { "index.html", "404.html", "assets/site.css", "assets/site.js", "assets/lunr.min.js", "releases/v1.7/index.html" })
        {
            Assert.True(File.Exists(Path.Combine(siteRoot, "output", file)), $"output/{file} is missing");
        }

        Assert.Contains("Kubernetes Releases", await File.ReadAllTextAsync(Path.Combine(siteRoot, "output", "index.html")), StringComparison.Ordinal);
    }

    private static string Configuration
        => typeof(ToolPackageTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

    // `dotnet test` says which dotnet runs it; the tool's launcher needs the same runtime.
    private static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    private static string DotnetRoot => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));

    private async Task<string> RunAsync(string program, string[] arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_ROOT"] = DotnetRoot;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["CI"] = "true";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + program);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(StepTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} took longer than {StepTimeout}");
        }

        var output = await stdout + await stderr;
        log.WriteLine($"$ {Path.GetFileName(program)} {string.Join(' ', arguments)}\n{output}");
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{output}");
        return output;
    }
}
