using Site.Engine.Diagnostics;
using Site.Web.Toc;

namespace Site.Web.Tests.Toc;

/// <summary>A broken block is an error at its marker, never a second block (doctoc would add one).</summary>
public sealed class DoctocUpdaterErrorTests
{
    [Fact]
    public void Start_without_end_is_an_error_at_the_start_marker()
    {
        var content = "# Title\n\nIntro\n\n  " + DoctocUpdater.StartComment + "\n\n## Section\n";

        var result = DoctocUpdater.Update(content, DoctocOptions.Default, "docs/page.md");

        Assert.Equal(DoctocOutcome.Failed, result.Outcome);
        Assert.Equal(content, result.Content);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(new SourceLocation("docs/page.md", 5, 3), error.Location);
        Assert.StartsWith("docs/page.md:5:3: error: doctoc START marker without an END marker", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_without_end_is_an_error_even_with_update_only()
    {
        var content = DoctocUpdater.StartComment + "\r\n\r\n# Title\r\n";

        var result = DoctocUpdater.Update(content, new DoctocOptions { UpdateOnly = true }, "a.md");

        Assert.Equal(DoctocOutcome.Failed, result.Outcome);
        Assert.Equal(new SourceLocation("a.md", 1, 1), result.Diagnostics.Single().Location);
    }

    [Fact]
    public void End_without_start_is_an_error_at_the_end_marker()
    {
        var result = DoctocUpdater.Update("# A\n\n" + DoctocUpdater.EndComment + "\n", DoctocOptions.Default, "a.md");

        Assert.Equal(DoctocOutcome.Failed, result.Outcome);
        Assert.Equal(new SourceLocation("a.md", 3, 1), result.Diagnostics.Single().Location);
    }

    [Fact]
    public void End_before_start_is_an_error()
    {
        var content = DoctocUpdater.EndComment + "\n\n" + DoctocUpdater.StartComment + "\n\n# A\n";

        var result = DoctocUpdater.Update(content, DoctocOptions.Default, "a.md");

        Assert.Equal(DoctocOutcome.Failed, result.Outcome);
        Assert.Contains("before", result.Diagnostics.Single().Message, StringComparison.Ordinal);
    }
}
