using Site.Engine.Diagnostics;

namespace Site.Engine.Tests;

public sealed class DiagnosticFormatterTests
{
    [Fact]
    public void Shows_the_offending_line_with_a_caret_under_the_column()
    {
        var lines = new[] { "---", "title: [oops", "---" };
        var formatter = new DiagnosticFormatter(path => path == "a.md" ? lines : null);

        var text = formatter.Format(Diagnostic.Error("bad YAML", new SourceLocation("a.md", 2, 8)));

        Assert.Equal(
            "a.md:2:8: error: bad YAML\n  1 | ---\n> 2 | title: [oops\n             ^\n  3 | ---",
            text);
    }

    [Fact]
    public void Sorted_orders_by_file_line_and_column_and_drops_exact_duplicates()
    {
        var bag = new DiagnosticBag();
        bag.Report(Diagnostic.Error("x", new SourceLocation("b.md", 1, 1)));
        bag.Report(Diagnostic.Warning("y", new SourceLocation("a.md", 9, 1)));
        bag.Report(Diagnostic.Error("z", new SourceLocation("a.md", 2, 5)));
        bag.Report(Diagnostic.Error("z", new SourceLocation("a.md", 2, 5)));

        Assert.Equal(["z", "y", "x"], bag.Sorted().Select(d => d.Message));
        Assert.Equal(3, bag.ErrorCount);
        Assert.Equal(1, bag.WarningCount);
    }
}
