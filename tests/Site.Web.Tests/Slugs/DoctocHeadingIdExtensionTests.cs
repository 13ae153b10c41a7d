using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Site.Web.Markdown;
using Site.Web.Slugs;
using Site.Web.Tests.Support;
using Site.Web.Tests.Toc;
using Site.Web.Toc;

namespace Site.Web.Tests.Slugs;

/// <summary>The ids headings get on a page are the anchors the real doctoc links to.</summary>
public sealed partial class DoctocHeadingIdExtensionTests
{
    private static readonly MarkdownPipeline Pipeline = MarkdownPipelines.GfmBuilder().UseDoctocHeadingIds().Build();

    public static TheoryData<string, string> Documents()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in new[] { CaseSets.Folder("default"), RepositoryPaths.Seeds })
        {
            foreach (var file in Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal))
            {
                data.Add(folder == RepositoryPaths.Seeds ? "seeds" : "default", Path.GetFileName(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Heading_ids_are_doctoc_anchors(string folder, string file)
    {
        var directory = folder == "seeds" ? RepositoryPaths.Seeds : CaseSets.Folder("default");
        var text = DoctocReference.Outputs(directory, [])[file];
        var doctocHrefs = TocHrefs(DoctocReference.Outputs(directory, [], passes: 2)[file]);
        if (!text.Contains("<!-- START doctoc", StringComparison.Ordinal))
        {
            return; // doctoc skipped the file.
        }

        var document = Markdig.Markdown.Parse(text, Pipeline);
        var html = document.ToHtml(Pipeline);
        var listed = DoctocHeadingCollector.Collect(document, text);

        Assert.Equal(doctocHrefs.Count, listed.Count);
        var page = new HtmlParser().ParseDocument(html);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < listed.Count; i++)
        {
            var id = Uri.UnescapeDataString(doctocHrefs[i][1..]);
            if (listed[i].Block is not HeadingBlock block || id.Length == 0 || !seen.Add(id))
            {
                // HTML headings carry their own ids; "#" is the top of the page, not an id; a
                // repeated anchor only reaches its first heading.
                continue;
            }

            Assert.Equal(id, block.GetAttributes().Id);
            Assert.Equal("H" + block.Level, page.GetElementById(id)?.TagName);
        }

        var ids = document.Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id).ToList();
        Assert.All(ids, id => Assert.False(string.IsNullOrEmpty(id)));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Headings_doctoc_does_not_list_get_ids_that_collide_with_none()
    {
        const string text = "# Usage\n\n<!-- START doctoc -->\n<!-- END doctoc -->\n\n## Usage\n\n> ## Usage\n\n- ## Usage\n\n## Usage\n";
        var document = Markdig.Markdown.Parse(text, Pipeline);

        var ids = document.Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id).ToList();

        // doctoc lists the two top-level headings after its block: usage, usage-1.
        Assert.Equal(["usage-2", "usage", "usage-3", "usage-4", "usage-1"], ids);
    }

    [Fact]
    public void Every_heading_gets_an_id_without_the_extension_being_told_the_source()
    {
        var html = Markdig.Markdown.ToHtml("Setext *only*\n===\n\n## Feature & Design\n", Pipeline);

        Assert.Contains("<h1 id=\"setext-only\">", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"feature--design\">", html, StringComparison.Ordinal);
    }

    private static List<string> TocHrefs(string text)
    {
        var start = text.IndexOf("<!-- START doctoc", StringComparison.Ordinal);
        var end = text.IndexOf("<!-- END doctoc", StringComparison.Ordinal);
        if (start < 0 || end < 0)
        {
            return [];
        }

        return EntryHref().Matches(text[start..end]).Select(m => m.Groups[1].Value).ToList();
    }

    [GeneratedRegex(@"\]\((#[^()\s]*)\)\r?$", RegexOptions.Multiline)]
    private static partial Regex EntryHref();
}
