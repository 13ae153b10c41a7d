using Site.Cli;
using Site.Web.Tests.Support;

namespace Site.Tests.Check;

/// <summary>The repository's own site must pass `site check` with nothing to annotate.</summary>
public sealed class RealSeedsCheckTests
{
    [Fact]
    public async Task The_real_seeds_give_no_annotation_and_exit_0()
    {
        // Output (and so the staging folder) in a temp folder: the check must not touch the repository's output/.
        using var temp = new TempDirectory();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await SiteCommandLine.RunAsync(["check", "--root", RepositoryPaths.Root, "--output", temp.Combine("output"), "--format", "github"], output, error);

        Assert.True(exit == 0, error.ToString());
        Assert.Equal(string.Empty, output.ToString());
        Assert.Contains("0 errors, 0 warnings", error.ToString(), StringComparison.Ordinal);
    }
}
