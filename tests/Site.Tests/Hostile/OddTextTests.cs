using System.Text;

namespace Site.Tests.Hostile;

public sealed class OddTextTests
{
    [Fact]
    public void Invalid_utf8_is_replaced_with_a_warning_naming_the_file_and_line()
    {
        using var site = new FixtureSite().WriteBytes("seeds/bytes.md", [.. "# Title\n\nok\n"u8, 0xC3, 0x28, .. " broken\n"u8]);

        var (exit, _, errors) = site.Build();

        Assert.Equal(0, exit);
        Assert.Contains("seeds/bytes.md:4: warning: the file is not valid UTF-8", errors, StringComparison.Ordinal);
        Assert.Contains("\uFFFD", site.Read("docs/bytes/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_crlf_lines_and_an_empty_file_build_like_any_other()
    {
        using var site = new FixtureSite()
            .WriteBytes("seeds/bom.md", [0xEF, 0xBB, 0xBF, .. "---\r\ntitle: With BOM\r\n---\r\n## Section One\r\n\r\nText [here](#section-one).\r\n"u8])
            .Write("seeds/empty.md", string.Empty);

        var (exit, _, errors) = site.Build();

        Assert.True(exit == 0, errors);
        var page = site.Read("docs/bom/index.html");
        Assert.Contains("<title>With BOM", page, StringComparison.Ordinal);
        Assert.Contains("id=\"section-one\"", page, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Output, "docs/empty/index.html")));
    }

    [Fact]
    public void A_ten_megabyte_file_builds()
    {
        var text = new StringBuilder("# Big\n\n");
        while (text.Length < 10 * 1024 * 1024)
        {
            text.Append("A paragraph about kubectl diff and StatefulSet in v1.7, with **bold** and `code`.\n\n");
        }

        using var site = new FixtureSite().Write("seeds/big.md", text.ToString());

        var (exit, _, errors) = site.Build();

        Assert.True(exit == 0, errors);
        Assert.True(new FileInfo(Path.Combine(site.Output, "docs/big/index.html")).Length > 10 * 1024 * 1024);
    }

    [Theory]
    [InlineData("lists", 3000)]
    [InlineData("quotes", 20000)]
    [InlineData("markers", 5000)]
    public void Thousands_of_nested_levels_are_an_error_at_the_line_not_a_crash_or_a_hang(string kind, int depth)
    {
        var text = kind switch
        {
            "lists" => string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', 2 * i) + "- item\n")),
            "quotes" => string.Concat(Enumerable.Repeat("> ", depth)) + "deep\n",
            _ => string.Concat(Enumerable.Repeat("- ", depth)) + "deep\n",
        };
        using var site = new FixtureSite().Write("seeds/ok.md", "# Fine\n").Write("seeds/deep.md", text);

        var (exit, _, errors) = site.Build();

        Assert.Equal(1, exit);
        Assert.Matches(@"seeds/deep\.md:\d+:\d+: error: markdown nested \d+ levels deep", errors);
        Assert.DoesNotContain("   at ", errors, StringComparison.Ordinal);
    }
}
