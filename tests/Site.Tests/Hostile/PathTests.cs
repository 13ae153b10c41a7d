namespace Site.Tests.Hostile;

public sealed class PathTests
{
    [Theory]
    [InlineData("slug: ../../outside", "seeds/bad.md:2:7")]
    [InlineData("slug: a/b", "seeds/bad.md:2:7")]
    [InlineData("url: /../../outside", "seeds/bad.md:2:6")]
    [InlineData("url: /%2e%2e/%2e%2e/outside", "seeds/bad.md:2:6")]
    [InlineData("url: /%252e%252e/outside", "seeds/bad.md:2:6")]
    [InlineData("url: C:/Windows/x", "seeds/bad.md:2:6")]
    [InlineData("url: \"\\\\\\\\server\\\\share\"", "seeds/bad.md:2:6")]
    [InlineData("url: //evil.example/x", "seeds/bad.md:2:6")]
    public void A_slug_or_url_that_would_write_outside_the_output_is_an_error_naming_the_file(string frontMatter, string location)
    {
        using var site = new FixtureSite().Write("seeds/bad.md", $"---\n{frontMatter}\n---\n# Bad\n");

        var (exit, _, errors) = site.Build();

        Assert.Equal(1, exit);
        Assert.Contains(location + ": error:", errors, StringComparison.Ordinal);
        var parent = Path.GetDirectoryName(site.Root)!;
        Assert.False(Directory.Exists(Path.Combine(parent, "outside")));
        Assert.False(Directory.Exists(Path.Combine(site.Root, "outside")));
    }

    [Fact]
    public void Two_documents_writing_one_page_is_an_error_naming_both()
    {
        using var site = new FixtureSite()
            .Write("seeds/one.md", "---\nurl: /same/\n---\n# One\n")
            .Write("seeds/two.md", "---\nurl: /Same\n---\n# Two\n");

        var (exit, _, errors) = site.Build();

        Assert.Equal(1, exit);
        Assert.Contains("seeds/one.md and seeds/two.md both write", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_colliding_with_a_generated_page_is_an_error_naming_it()
    {
        using var site = new FixtureSite().Write("seeds/fake.md", "---\nurl: /releases/\n---\n# Fake\n");

        var (exit, _, errors) = site.Build();

        Assert.Equal(1, exit);
        Assert.Contains("seeds/fake.md", errors, StringComparison.Ordinal);
        Assert.Contains("both write releases/index.html", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void A_content_folder_that_is_a_link_to_nowhere_is_an_error_not_an_empty_site()
    {
        using var site = new FixtureSite();
        Directory.Delete(Path.Combine(site.Root, "seeds"));
        File.CreateSymbolicLink(Path.Combine(site.Root, "seeds"), Path.Combine(site.Root, "..", "moved-away"));

        var (exit, output, errors) = site.Build();

        Assert.Equal(1, exit);
        Assert.Contains("1 error, 0 warnings.", output, StringComparison.Ordinal);
        Assert.Contains("seeds:1:1: error: seeds/ is a link to", errors, StringComparison.Ordinal);
        Assert.Contains("moved-away, which does not exist", errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void An_output_folder_that_cannot_be_made_is_an_error_naming_it()
    {
        using var site = new FixtureSite().Write("seeds/a.md", "# A\n").Write("blocker", "a file in the way\n");
        var output = Path.Combine(site.Root, "blocker", "site");

        var (exit, _, errors) = site.Build("--output", output);

        Assert.Equal(1, exit);
        Assert.Contains($"{output}: error: the output folder cannot be written:", errors, StringComparison.Ordinal);
        Assert.Equal("a file in the way\n", File.ReadAllText(Path.Combine(site.Root, "blocker")));
    }

    [Fact]
    public void A_file_where_the_output_folder_should_be_is_an_error_and_is_left_as_it_was()
    {
        using var site = new FixtureSite().Write("seeds/a.md", "# A\n").Write("site.html", "<p>not a folder</p>\n");
        var output = Path.Combine(site.Root, "site.html");

        var (exit, _, errors) = site.Build("--output", output);

        Assert.Equal(1, exit);
        Assert.Contains($"{output}: error: the output folder cannot be written: {output} is a file, not a folder.", errors, StringComparison.Ordinal);
        Assert.Equal("<p>not a folder</p>\n", File.ReadAllText(output));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".staging-*"));
    }

    [Fact]
    public void A_file_where_the_content_folder_should_be_is_an_error()
    {
        using var site = new FixtureSite();
        Directory.Delete(Path.Combine(site.Root, "seeds"));
        File.WriteAllText(Path.Combine(site.Root, "seeds"), "# not a folder\n");

        var (exit, _, errors) = site.Build();

        Assert.Equal(1, exit);
        Assert.Contains("seeds:1:1: error: seeds is a file", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_root_without_any_markdown_builds_with_a_warning_naming_its_content_folders()
    {
        using var site = new FixtureSite();

        var (exit, output, errors) = site.Build();

        Assert.Equal(0, exit);
        Assert.Contains("0 errors, 1 warning.", output, StringComparison.Ordinal);
        Assert.Contains("input:1:1: warning: no markdown files (.md, .markdown) in input/, seeds/", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void One_markdown_file_in_any_content_folder_is_enough_to_say_nothing()
    {
        using var site = new FixtureSite().Write("seeds/one.md", "# One\n");

        var (exit, output, errors) = site.Build();

        Assert.Equal(0, exit);
        Assert.Contains("0 errors, 0 warnings.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("no markdown files", errors, StringComparison.Ordinal);
    }
}
