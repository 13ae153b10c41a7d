using Site.Tests.Support;
using Site.Web.Tests.Support;
using Xunit.Abstractions;

namespace Site.Tests.Tool;

/// <summary>
/// The `site` process records which methods a command compiled in the user's cache folder, for
/// the next run to compile them ahead on an idle core; it writes nothing else outside the output.
/// Runs the program this test run built, as a process: the runtime writes the record at exit.
/// </summary>
public sealed class JitProfileTests(ITestOutputHelper log)
{
    private readonly ToolProcess _process = new(log);

    private static string SiteDll => Path.Combine(RepositoryPaths.Root, "src", "Site", "bin", ToolProcess.Configuration, "net10.0", "site.dll");

    [Fact]
    [Trait("Category", "EndToEnd")]
    public async Task A_build_leaves_its_profile_in_the_cache_folder_and_nothing_else_beside_the_output()
    {
        using var temp = new TempDirectory();
        var siteRoot = temp.Combine("site");
        SiteRoots.CopyTo(siteRoot);
        var before = Listing(siteRoot);
        var cache = temp.Combine("cache");

        await _process.RunAsync(ToolProcess.Dotnet, [SiteDll, "build", "--output", temp.Combine("out")], siteRoot,
            new Dictionary<string, string> { ["XDG_CACHE_HOME"] = cache });

        var profile = new FileInfo(Path.Combine(cache, "kubereleases-site", "build.jitprofile"));
        Assert.True(profile.Exists, "no JIT profile was written");
        Assert.True(profile.Length > 1024, $"the JIT profile has {profile.Length} bytes");
        Assert.Equal(before, Listing(siteRoot));
        Assert.Equal(["cache", "out", "site"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.True(File.Exists(Path.Combine(temp.Path, "out", "index.html")));
    }

    [Fact]
    [Trait("Category", "EndToEnd")]
    public async Task The_switch_turns_it_off()
    {
        using var temp = new TempDirectory();
        var siteRoot = temp.Combine("site");
        SiteRoots.CopyTo(siteRoot);
        var cache = temp.Combine("cache");

        await _process.RunAsync(ToolProcess.Dotnet, [SiteDll, "build", "--output", temp.Combine("out")], siteRoot,
            new Dictionary<string, string> { ["XDG_CACHE_HOME"] = cache, ["SITE_JIT_PROFILE"] = "0" });

        Assert.False(Directory.Exists(cache));
        Assert.True(File.Exists(Path.Combine(temp.Path, "out", "index.html")));
    }

    private static List<string> Listing(string folder)
        => [.. Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(folder, p)).Order(StringComparer.Ordinal)];
}
