namespace Site.Tests.Hostile;

public sealed class FrontMatterErrorTests
{
    [Fact]
    public void Every_front_matter_error_of_a_build_is_reported_with_file_line_column_and_the_offending_line()
    {
        using var site = new FixtureSite()
            .Write("seeds/syntax.md", "---\ntitle: [unclosed\n---\n# A\n")
            .Write("seeds/types.md", "---\ntitle:\n  - a\n  - list\ndraft: perhaps\n---\n# B\n")
            .Write("seeds/date.md", "---\ntitle: Dates\ndate: 2019-02-29\n---\n# C\n")
            .Write("seeds/mapping.md", "---\ntitle: Colon: inside: plain\n---\n# D\n")
            .Write("seeds/unclosed.md", "---\ntitle: Never closed\n# E\n");

        var (exit, _, errors) = site.Build();

        Assert.Equal(1, exit);
        Assert.Contains("seeds/syntax.md:2:8: error: invalid YAML in front matter: a '[' is never closed", errors, StringComparison.Ordinal);
        Assert.Contains("> 2 | title: [unclosed", errors, StringComparison.Ordinal);
        Assert.Contains("seeds/types.md:3:3: error: 'title' must be text, not a list", errors, StringComparison.Ordinal);
        Assert.Contains("seeds/types.md:5:8: error: 'draft' must be true or false", errors, StringComparison.Ordinal);
        Assert.Contains("seeds/date.md:3:7: error: 'date' is not a valid date: '2019-02-29'", errors, StringComparison.Ordinal);
        Assert.Matches(@"seeds/mapping\.md:2:\d+: error: invalid YAML in front matter", errors);
        Assert.Contains("seeds/unclosed.md:1:1: error: front matter starts here but is never closed", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_errors_point_at_the_settings_file()
    {
        using var site = new FixtureSite().Write("seeds/a.md", "# A\n");
        site.Write("input/site.yml", File.ReadAllText(Path.Combine(site.Root, "input/site.yml")) + "\nbasePaht: /typo/\n");

        var (exit, _, errors) = site.Build();

        Assert.Equal(1, exit);
        Assert.Matches(@"input/site\.yml:\d+:\d+: error: invalid settings: .*basePaht", errors);
    }
}
