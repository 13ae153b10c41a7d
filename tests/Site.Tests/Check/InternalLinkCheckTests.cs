using System.Text.RegularExpressions;

namespace Site.Tests.Check;

/// <summary>`site check` on internal links and anchors: one error per broken link, at its markdown line and column.</summary>
public sealed partial class InternalLinkCheckTests
{
    [Fact]
    public async Task Every_broken_link_is_one_error_at_its_file_line_and_column_and_good_links_pass()
    {
        using var site = LinkFixture.Create();

        var run = await site.CheckAsync("--format", "json");

        Assert.Equal(1, run.Exit);
        var problems = ReportedProblem.ParseAll(run.Output);
        Assert.All(problems, p => Assert.Equal("error", p.Severity));
        var reported = problems.Select(p => (File: p.Source!, Line: p.Line!.Value, Column: p.Column!.Value, Url: p.Url!, Code: p.Code!)).ToList();
        Assert.Equal(LinkFixture.Expected(site), reported);
    }

    [Fact]
    public async Task The_text_report_prints_each_error_as_file_line_column_with_the_source_line()
    {
        using var site = LinkFixture.Create();

        var run = await site.CheckAsync();

        Assert.Equal(1, run.Exit);
        var located = CompilerStyleError().Matches(run.Error).Select(m => m.Groups["where"].Value).ToList();
        Assert.Equal(LinkFixture.Expected(site).Select(e => $"{e.File}:{e.Line}:{e.Column}"), located);
        Assert.Contains("> ", run.Error, StringComparison.Ordinal);
        Assert.Contains($"Failed: ", run.Output, StringComparison.Ordinal);
        Assert.Contains($"{LinkFixture.Broken.Count} errors, 0 warnings", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_site_without_broken_links_passes_in_every_format()
    {
        using var site = new CheckSite();
        site.Write(LinkFixture.Other, LinkFixture.OtherText)
            .Write("seeds/good.md", "# Good\n\n## Usage\n\n## Usage\n\n[a](#usage-1) [b](other.md#发布说明) <a href=\"#usage\">c</a>\n");

        foreach (var format in new[] { "text", "json", "github", "junit", "sarif" })
        {
            var run = await site.CheckAsync("--format", format);
            Assert.True(run.Exit == 0, $"{format}: exit {run.Exit}\n{run.Error}");
        }

        Assert.Equal(string.Empty, (await site.CheckAsync("--format", "github")).Output);
        Assert.Empty(ReportedProblem.ParseAll((await site.CheckAsync("--format", "json")).Output));
    }

    [Fact]
    public async Task Check_publishes_nothing_and_leaves_an_existing_output_alone()
    {
        using var site = new CheckSite();
        site.Write(LinkFixture.Other, LinkFixture.OtherText).Write("output/marker.txt", "previous build");

        var run = await site.CheckAsync();

        Assert.Equal(0, run.Exit);
        Assert.Contains("Checked ", run.Output, StringComparison.Ordinal);
        Assert.Equal(["marker.txt"], Directory.GetFileSystemEntries(site.Combine("output")).Select(Path.GetFileName));
        Assert.DoesNotContain(Directory.GetDirectories(site.Root), d => Path.GetFileName(d).StartsWith('.'));
    }

    [Theory]
    [InlineData("--format", "yaml")]
    [InlineData("--no-such-option")]
    public async Task A_wrong_command_line_is_a_usage_error(params string[] arguments)
    {
        using var site = LinkFixture.Create();

        var run = await site.CheckAsync(arguments);

        Assert.Equal(2, run.Exit);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public async Task A_missing_root_is_a_usage_error()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await Site.Cli.SiteCommandLine.RunAsync(["check", "--root", Path.Combine(Path.GetTempPath(), "no-such-" + Guid.NewGuid().ToString("N"))], output, error);

        Assert.Equal(2, exit);
        Assert.Contains("does not exist", error.ToString(), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(?<where>[^\s:]+:\d+:\d+): error: ", RegexOptions.Multiline)]
    private static partial Regex CompilerStyleError();
}
