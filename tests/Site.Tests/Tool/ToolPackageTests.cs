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
    private readonly ToolProcess _process = new(log);

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
        await _process.RunAsync(ToolProcess.Dotnet, ["pack", Path.Combine(RepositoryPaths.Root, "src", "Site"), "-c", ToolProcess.Configuration, "--no-build",
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
        await _process.RunAsync(ToolProcess.Dotnet, ["tool", "install", "--tool-path", tools, "--configfile", temp.Combine("nuget.config"),
            "--add-source", packages, "--version", version, "KubeReleases.Site"], temp.Path);

        SiteRoots.CopyTo(siteRoot);
        var tool = Path.Combine(tools, OperatingSystem.IsWindows() ? "site.exe" : "site");
        // The tool keeps its JIT profile in the user's cache folder: a temporary one here.
        var output = await _process.RunAsync(tool, ["build"], siteRoot, new Dictionary<string, string> { ["XDG_CACHE_HOME"] = temp.Combine("cache") });

        Assert.Contains("Built ", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(siteRoot, "theme")));
        foreach (var file in new[] { "index.html", "404.html", "assets/site.css", "assets/site.js", "assets/lunr.min.js", "releases/v1.7/index.html" })
        {
            Assert.True(File.Exists(Path.Combine(siteRoot, "output", file)), $"output/{file} is missing");
        }

        Assert.Contains("Kubernetes Releases", await File.ReadAllTextAsync(Path.Combine(siteRoot, "output", "index.html")), StringComparison.Ordinal);
    }
}
