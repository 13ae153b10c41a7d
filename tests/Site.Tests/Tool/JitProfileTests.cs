using Site.Tests.Support;
using Site.Web.Tests.Support;
using Xunit.Abstractions;

namespace Site.Tests.Tool;

/// <summary>
/// The `site` process keeps the runtime's JIT profile of a command in the user's cache folder, for
/// the next run to compile ahead on an idle core. Only a run that succeeded replaces it, and it
/// writes nothing else outside the output. Runs the program this test run built, as a process.
/// </summary>
public sealed class JitProfileTests(ITestOutputHelper log) : IDisposable
{
    private readonly ToolProcess _process = new(log);
    private readonly TempDirectory _temp = new();

    // The runtime plays profiles back only with two cores or more, and the tool keeps none below.
    private static bool Profiled => Environment.ProcessorCount >= 2;

    private static string SiteDll => Path.Combine(RepositoryPaths.Root, "src", "Site", "bin", ToolProcess.Configuration, "net10.0", "site.dll");

    private string Cache => _temp.Combine("cache");

    private string Profile => Path.Combine(Cache, "kubereleases-site", "build.jitprofile");

    private string SiteRoot => _temp.Combine("site");

    [Fact]
    [Trait("Category", "EndToEnd")]
    public async Task A_build_leaves_its_profile_in_the_cache_folder_and_nothing_else_beside_the_output()
    {
        SiteRoots.CopyTo(SiteRoot);
        var before = Listing(SiteRoot);

        await Site(["build", "--output", _temp.Combine("out")]);

        Assert.Equal(before, Listing(SiteRoot));
        Assert.True(File.Exists(_temp.Combine("out/index.html")));
        if (!Profiled)
        {
            Assert.False(Directory.Exists(Cache));
            return;
        }

        Assert.Equal(["cache", "out", "site"], Directory.EnumerateFileSystemEntries(_temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["build.jitprofile"], Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(Profile)!).Select(Path.GetFileName));
        Assert.True(new FileInfo(Profile).Length > 1024, $"the JIT profile has {new FileInfo(Profile).Length} bytes");
    }

    [Fact]
    [Trait("Category", "EndToEnd")]
    public async Task Help_and_a_failed_build_leave_the_last_good_profile_as_it_was()
    {
        SiteRoots.CopyTo(SiteRoot);
        await Site(["build", "--help"]);
        Assert.False(File.Exists(Profile), "help wrote a profile");

        await Site(["build", "--output", _temp.Combine("out")]);
        if (!Profiled)
        {
            return;
        }

        var good = await File.ReadAllBytesAsync(Profile);
        File.WriteAllText(Path.Combine(SiteRoot, "input", "site.yml"), "title: [unclosed\n");
        await Site(["build", "--output", _temp.Combine("out")], expectedExit: 1);

        Assert.Equal(good, await File.ReadAllBytesAsync(Profile));
        Assert.Equal(["build.jitprofile"], Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(Profile)!).Select(Path.GetFileName));
    }

    [Fact]
    [Trait("Category", "EndToEnd")]
    public async Task The_switch_turns_it_off()
    {
        SiteRoots.CopyTo(SiteRoot);

        await Site(["build", "--output", _temp.Combine("out")], new() { ["SITE_JIT_PROFILE"] = "0" });

        Assert.False(Directory.Exists(Cache));
        Assert.True(File.Exists(_temp.Combine("out/index.html")));
    }

    public void Dispose() => _temp.Dispose();

    private Task<string> Site(string[] arguments, Dictionary<string, string>? environment = null, int expectedExit = 0)
    {
        var variables = new Dictionary<string, string>(environment ?? []) { ["XDG_CACHE_HOME"] = Cache };
        return _process.RunAsync(ToolProcess.Dotnet, [SiteDll, .. arguments], SiteRoot, variables, expectedExit);
    }

    private static List<string> Listing(string folder)
        => [.. Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(folder, p)).Order(StringComparer.Ordinal)];
}
