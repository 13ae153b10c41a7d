using Site.Web.Tests.Support;
using Site.Web.Toc;

namespace Site.Web.Tests.Toc;

public sealed class DoctocHeadingCollectorTests
{
    [Theory]
    [MemberData(nameof(DoctocCorpusTests.CrlfCases), MemberType = typeof(DoctocCorpusTests))]
    public void Collected_headings_are_the_entries_of_doctoc_block(string file)
    {
        var doctoc = DoctocReference.Outputs(CaseSets.Folder("default"), [])[file];
        var start = doctoc.IndexOf(DoctocUpdater.DoNotEditComment, StringComparison.Ordinal);
        var end = doctoc.IndexOf("<!-- END doctoc", StringComparison.Ordinal);
        var listed = DoctocHeadingCollector.Collect(TestFiles.Read(Path.Combine(CaseSets.Folder("default"), file)));
        if (start < 0 || listed.Count == 0)
        {
            Assert.True(start < 0 || !doctoc[start..end].Contains("- [", StringComparison.Ordinal));
            return;
        }

        var lowest = listed.Min(h => h.Level);
        var ours = string.Concat(listed.Select(h => new string(' ', (h.Level - lowest) * 2) + "- " + h.ToMarkdownLink() + "\n"));

        Assert.EndsWith("\n\n" + ours + "\n", doctoc[..end], StringComparison.Ordinal);
    }

    [Fact]
    public void Gives_level_text_anchor_and_line()
    {
        const string markdown = "---\ntitle: x\n---\n# Intro `code` ##\n\nSome *text*\n===\n\n> ## Quoted\n\n<h2 id=\"raw\">Raw &amp; HTML</h2>\n\n### 重点\n";

        var headings = DoctocHeadingCollector.Collect(markdown);

        Assert.Equal(
        [
            new DoctocHeading(1, "Intro `code`", "intro-code", "#intro-code", 4),
            new DoctocHeading(1, "Some *text*", "some-text", "#some-text", 6),
            new DoctocHeading(2, "Raw & HTML", "raw", "#raw", 11),
            new DoctocHeading(3, "重点", "重点", "#%E9%87%8D%E7%82%B9", 13),
        ], headings.Select(h => h with { Block = null }));
    }

    [Fact]
    public void Only_headings_after_an_existing_block_count()
    {
        const string markdown = "# Title\n\n<!-- START doctoc -->\n<!-- END doctoc -->\n\n## Title\n";

        var headings = DoctocHeadingCollector.Collect(markdown);

        Assert.Equal(("Title", "title", 6), (headings.Single().Text, headings.Single().Id, headings.Single().Line));
    }
}
