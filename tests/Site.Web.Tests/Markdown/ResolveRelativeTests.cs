using Site.Web.Markdown;

namespace Site.Web.Tests.Markdown;

/// <summary>A relative markdown link resolved against the folder of the file that holds it, as GitHub resolves it.</summary>
public sealed class ResolveRelativeTests
{
    [Theory]
    [InlineData("seeds/a.md", "b.md", "seeds/b.md")]
    [InlineData("a.md", "b.md", "b.md")]
    [InlineData("seeds/notes/a.md", "sub/b.md", "seeds/notes/sub/b.md")]
    [InlineData("seeds/notes/a.md", "../b.md", "seeds/b.md")]
    [InlineData("seeds/notes/a.md", "../../b.md", "b.md")]
    [InlineData("seeds/a.md", "./b.md", "seeds/b.md")]
    [InlineData("seeds/a.md", "sub//b.md", "seeds/sub/b.md")]
    [InlineData("seeds/a.md", "sub/./b.md", "seeds/sub/b.md")]
    [InlineData("seeds/a.md", "sub/", "seeds/sub")]
    [InlineData("seeds/a.md", "b%20c.md", "seeds/b c.md")]
    [InlineData("seeds/a.md", "%2E%2E/b.md", "b.md")]
    [InlineData("seeds//x/a.md", "b.md", "seeds/x/b.md")]
    [InlineData("seeds/a.md", "...md", "seeds/...md")]
    public void Resolves_against_the_folder_of_the_source_file(string source, string relative, string expected)
        => Assert.Equal(expected, LinkRewriter.ResolveRelative(source, relative));

    [Theory]
    [InlineData("a.md", "../b.md")]
    [InlineData("seeds/a.md", "../../b.md")]
    public void A_link_above_the_site_root_resolves_to_nothing(string source, string relative)
        => Assert.Null(LinkRewriter.ResolveRelative(source, relative));
}
