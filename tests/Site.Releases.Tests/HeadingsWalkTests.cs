using Markdig;
using Markdig.Syntax;
using Site.Releases.Extraction;

namespace Site.Releases.Tests;

/// <summary>The forward walk must give every top-level block the same headings as searching back from it, whatever order blocks are asked about.</summary>
public sealed class HeadingsWalkTests
{
    // Levels that go down and back up, skip a level, and repeat: the chains a wrong pop rule would get wrong.
    private const string Levels = """
        intro paragraph

        # One

        - item under one

        ### Three under one

        text

        ## Two

        - item under two

        #### Four

        - item under four

        ## Two again

        # One again

        - last item
        """;

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string> { Levels };
        foreach (var file in Directory.EnumerateFiles(SeedsFolder(), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(File.ReadAllText(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Gives_each_block_the_headings_a_backward_search_gives_in_document_order(string markdown)
    {
        var document = Markdown.Parse(markdown);
        var walk = new HeadingsWalk(document);
        Assert.NotEmpty(document);
        foreach (var block in document)
        {
            Assert.Equal(Expected(block), Chain(walk.Above(block)));
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Gives_the_same_headings_when_asked_out_of_order(string markdown)
    {
        var document = Markdown.Parse(markdown);
        var walk = new HeadingsWalk(document);
        var blocks = document.ToList();
        var random = new Random(7);
        for (var i = 0; i < blocks.Count * 2; i++)
        {
            var block = blocks[random.Next(blocks.Count)];
            Assert.Equal(Expected(block), Chain(walk.Above(block)));
        }
    }

    [Fact]
    public void The_levels_sample_has_the_chains_a_reader_expects()
    {
        var document = Markdown.Parse(Levels);
        var walk = new HeadingsWalk(document);
        string[] Labels(int index) => [.. Chain(walk.Above(document[index])).Select(h => h.Inline!.FirstChild!.ToString()!)];

        Assert.Empty(Labels(0));
        Assert.Equal(["Three under one", "One"], Labels(4)); // the paragraph after "### Three under one"
        Assert.Equal(["Four", "Two", "One"], Labels(8));      // the item under "#### Four"
        Assert.Equal(["One again"], Labels(11));             // the last item: every deeper heading is closed
    }

    private static List<HeadingBlock> Expected(Block block) => [.. MarkdownBlocks.HeadingsAbove(block)];

    private static List<HeadingBlock> Chain(HeadingChain? chain)
    {
        var headings = new List<HeadingBlock>();
        for (; chain is not null; chain = chain.Above)
        {
            headings.Add(chain.Heading);
        }

        return headings;
    }

    private static string SeedsFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Site.sln")))
            {
                return Path.Combine(directory.FullName, "seeds");
            }
        }

        throw new InvalidOperationException("Site.sln not found above " + AppContext.BaseDirectory);
    }
}
