using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Site.Tests.Support;
using Site.Web.Tests.Support;
using Xunit.Abstractions;

namespace Site.Tests.Tool;

/// <summary>
/// The native (AOT) program against the JIT one. `dotnet publish src/Site -r RID` compiles the
/// program ahead of time and trims what it does not reach; reflection the trimmer cannot see
/// (settings, Razor components, JSON) would fail only there. Both programs build the same site
/// roots as processes and must write the same bytes and report the same errors. Slow (one to two
/// minutes: the AOT compiler); CI runs it like any other.
/// </summary>
public sealed partial class NativeBuildTests(ITestOutputHelper log)
{
    private readonly ToolProcess _process = new(log);

    [Fact]
    [Trait("Category", "EndToEnd")]
    public async Task The_native_program_writes_the_same_site_and_reports_the_same_errors()
    {
        using var temp = new TempDirectory();
        var native = await PublishNativeAsync(temp);
        var jit = new[] { Path.Combine(RepositoryPaths.Root, "src", "Site", "bin", ToolProcess.Configuration, "net10.0", "site.dll") };
        Assert.True(File.Exists(jit[0]), "the test run builds src/Site first: " + jit[0]);

        var good = temp.Combine("good");
        SiteRoots.CopyTo(good);
        await _process.RunAsync(native, ["build", "--output", temp.Combine("native-site")], good);
        await _process.RunAsync(ToolProcess.Dotnet, [.. jit, "build", "--output", temp.Combine("jit-site")], good);
        AssertSameFiles(temp.Combine("jit-site"), temp.Combine("native-site"));

        // A broken link and anchor (the link check, back to the markdown line) and an unknown
        // settings key (the generated settings reader) must fail both alike.
        var bad = temp.Combine("bad");
        SiteRoots.CopyTo(bad);
        var page = Directory.EnumerateFiles(Path.Combine(bad, "seeds"), "*.md").Order(StringComparer.Ordinal).First();
        await File.AppendAllTextAsync(page, "\n\nSee [a page](missing-page.md) and [a heading](#no-such-heading).\n");
        var nativeErrors = Errors(await _process.RunAsync(native, ["check"], bad, expectedExit: 1));
        var jitErrors = Errors(await _process.RunAsync(ToolProcess.Dotnet, [.. jit, "check"], bad, expectedExit: 1));
        Assert.Equal(2, nativeErrors.Count);
        Assert.Equal(jitErrors, nativeErrors);

        await File.AppendAllTextAsync(Path.Combine(bad, "input", "site.yml"), "\nbasePaht: /typo/\n");
        nativeErrors = Errors(await _process.RunAsync(native, ["build"], bad, expectedExit: 1));
        jitErrors = Errors(await _process.RunAsync(ToolProcess.Dotnet, [.. jit, "build"], bad, expectedExit: 1));
        Assert.Contains(nativeErrors, line => line.StartsWith("input/site.yml:", StringComparison.Ordinal) && line.Contains("basePaht", StringComparison.Ordinal));
        Assert.Equal(jitErrors, nativeErrors);
    }

    // Its own artifacts path: the test run's own build of the projects is left alone.
    private async Task<string> PublishNativeAsync(TempDirectory temp)
    {
        var output = temp.Combine("native");
        await _process.RunAsync(ToolProcess.Dotnet, ["publish", Path.Combine(RepositoryPaths.Root, "src", "Site"), "-c", ToolProcess.Configuration,
            "-r", RuntimeInformation.RuntimeIdentifier, "--artifacts-path", temp.Combine("artifacts"), "-o", output], RepositoryPaths.Root);
        var program = Path.Combine(output, OperatingSystem.IsWindows() ? "site.exe" : "site");
        Assert.True(File.Exists(program), "no native program at " + program);
        Assert.False(File.Exists(Path.Combine(output, "site.dll")), "the publish made a JIT program, not a native one");
        return program;
    }

    private static void AssertSameFiles(string expected, string actual)
    {
        static List<string> FilesOf(string root) => [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

        var files = FilesOf(expected);
        Assert.True(files.Count > 100, $"only {files.Count} files built");
        Assert.Equal(files, FilesOf(actual));
        foreach (var file in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))),
                $"{file} differs between the JIT and the native program");
        }
    }

    private static List<string> Errors(string output) => [.. output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => ErrorLine().IsMatch(l))];

    [GeneratedRegex(@"^\S+:\d+:\d+: error: ")]
    private static partial Regex ErrorLine();
}
