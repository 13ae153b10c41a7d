using Site.Cli;
using Site.Tests.Support;
using Site.Web.Tests.Support;

namespace Site.Tests.Commands;

/// <summary>What `site build` prints when it is not on a terminal: plain lines only, less with --quiet, phases with --verbose.</summary>
public sealed class BuildOutputTests
{
    [Fact]
    public async Task Quiet_prints_only_the_summary_line_of_a_good_build()
    {
        using var root = new TempDirectory();
        SiteRoots.CopyTo(root.Path);

        var (exit, output, error) = await RunAsync("build", "--root", root.Path, "--quiet");

        Assert.Equal(0, exit);
        Assert.Empty(error);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Built ", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verbose_prints_a_plain_line_per_phase_and_the_timing_table()
    {
        using var root = new TempDirectory();
        SiteRoots.CopyTo(root.Path);

        var (exit, output, _) = await RunAsync("build", "--root", root.Path, "--verbose");

        Assert.Equal(0, exit);
        Assert.Contains("  Content Process: 5 documents in ", output, StringComparison.Ordinal);
        Assert.Contains("  LinkCheck Output: ", output, StringComparison.Ordinal);
        Assert.Contains("| Pipeline", output, StringComparison.Ordinal);
        // Not a terminal: no carriage returns or escape sequences of a progress line.
        Assert.DoesNotContain('\r', output);
        Assert.DoesNotContain('\u001b', output);
    }

    [Theory]
    [InlineData("--port", "70000")]
    [InlineData("--port", "-1")]
    [InlineData("--host", "not-an-address")]
    public async Task Preview_refuses_a_bad_port_or_host(string option, string value)
    {
        var (exit, _, error) = await RunAsync("preview", option, value);

        Assert.Equal(SiteCommandLine.UsageError, exit);
        Assert.Contains(option, error, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await SiteCommandLine.RunAsync(args, output, error).WaitAsync(TimeSpan.FromMinutes(2));
        return (exit, output.ToString(), error.ToString());
    }
}
