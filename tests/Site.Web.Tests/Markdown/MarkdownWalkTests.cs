using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Site.Web.Markdown;
using Site.Web.Tests.Support;

namespace Site.Web.Tests.Markdown;

/// <summary>The walker must find exactly what Markdig's Descendants finds, in the same order: the extraction's results depend on that order.</summary>
public sealed class MarkdownWalkTests
{
    // Nesting that a flat walk or a wrong visiting order would get wrong: links inside emphasis,
    // lists inside quotes inside lists, tables, an image inside a link, raw HTML, autolinks.
    private const string Nested = """
        # Title [with](a.md) *link*

        - [beta] **Apps** [one](https://e.com/1) and *[two](b.md#x) in emphasis*
          - nested [three](c.md)
            > quoted [four](d.md)
            > - quoted item ![image](i.png) [![image in link](j.png)](e.md)
        - <https://auto.link> and <b>raw</b> [five][ref]

        | a | b |
        |---|---|
        | [six](g.md) | **[seven](h.md)** |

        [ref]: https://e.com/ref
        """;

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string> { Nested };
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Seeds, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(File.ReadAllText(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Finds_what_Markdig_finds_in_the_same_order(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, MarkdownPipelines.Gfm);

        Assert.Equal(document.Descendants<ListItemBlock>(), MarkdownWalk.Blocks<ListItemBlock>(document));
        Assert.Equal(document.Descendants<HeadingBlock>(), MarkdownWalk.Blocks<HeadingBlock>(document));
        Assert.Equal(document.Descendants<Block>(), MarkdownWalk.Blocks<Block>(document));
        Assert.Equal(document.Descendants<Inline>(), MarkdownWalk.Inlines<Inline>(document));
        Assert.Equal(
            document.Descendants<Inline>().Where(i => i is LinkInline or AutolinkInline),
            MarkdownWalk.Inlines(document, static i => i is LinkInline or AutolinkInline));
        foreach (var block in document.Descendants<Block>())
        {
            if (block is ContainerBlock container)
            {
                Assert.Equal(container.Descendants<LinkInline>(), MarkdownWalk.Inlines<LinkInline>(container));
            }

            // Markdig yields nothing below a leaf block; the walk yields the leaf's inlines.
            if (block is LeafBlock { Inline: { } inline })
            {
                Assert.Equal(inline.Descendants<LinkInline>(), MarkdownWalk.Inlines<LinkInline>(block));
                Assert.Equal(inline.Descendants<Inline>(), MarkdownWalk.Inlines<Inline>(inline));
            }
        }
    }

    [Fact]
    public void The_nested_sample_has_every_link_at_every_depth()
    {
        var document = Markdig.Markdown.Parse(Nested, MarkdownPipelines.Gfm);

        var urls = MarkdownWalk.Inlines<LinkInline>(document).Select(l => l.Url).ToList();

        Assert.Equal(["a.md", "https://e.com/1", "b.md#x", "c.md", "d.md", "i.png", "e.md", "j.png", "https://e.com/ref", "g.md", "h.md"], urls);
    }
}
