using AngleSharp.Html.Parser;

namespace Site.Tests.Hostile;

/// <summary>
/// Raw HTML in a body is allowed (contributors are trusted), but text that becomes a title,
/// heading in a list, breadcrumb, feed entry or search document is never markup.
/// </summary>
public sealed class MarkupInjectionTests
{
    private const string Title = "<script>alert('title')</script> & <b>bold</b>";
    private const string Heading = "<img src=\"https://example.com/x.png\" onerror=\"alert(1)\"> Heading";

    [Fact]
    public void Script_in_a_title_or_heading_is_text_everywhere_except_the_body_that_wrote_it()
    {
        using var site = new FixtureSite()
            .Write("seeds/evil.md", $"---\ntitle: \"{Title}\"\nrelease: v1.99\ndate: 2030-01-01\n---\n## {Heading}\n\n- [alpha] {Heading} feature ([kubernetes/features#9999](https://github.com/kubernetes/features/issues/9999))\n\n<div class=\"trusted\"><em>raw html stays</em></div>\n\n## Second\n")
            .Write("seeds/other.md", "# Other\n\nLinks to [evil](evil.md).\n");

        var (exit, _, errors) = site.Build();
        Assert.True(exit == 0, errors);

        var parser = new HtmlParser();
        var page = parser.ParseDocument(site.Read("docs/evil/index.html"));
        Assert.Equal(Title + " · Kubernetes Releases", page.Title);
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
        Assert.Equal(Title, page.QuerySelector(".breadcrumbs [aria-current]")!.TextContent);
        // The heading's raw HTML renders in the body; its entry in "on this page" is only its text.
        Assert.NotNull(page.QuerySelector("main .prose h2 img[onerror]"));
        Assert.Equal(["Heading", "Second"], page.QuerySelectorAll(".toc__list a").Select(a => a.TextContent.Trim()));
        Assert.Empty(page.QuerySelectorAll(".toc img, .toc script, nav img, nav script"));
        Assert.NotNull(page.QuerySelector("main .prose div.trusted em"));

        // The feature page and the index list the feature under its title, as text.
        var features = parser.ParseDocument(site.Read("features/index.html"));
        Assert.Empty(features.QuerySelectorAll("main img, main script:not([src])"));

        // Feed and search documents escape it.
        var feed = site.Read("feed.xml");
        Assert.DoesNotContain("<script>", feed, StringComparison.Ordinal);
        System.Xml.Linq.XDocument.Parse(feed);
        var documents = site.Read("search/documents.json");
        Assert.DoesNotContain("<script", documents, StringComparison.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(documents);
        Assert.Contains(json.RootElement.EnumerateArray(), page => page.GetProperty("title").GetString() == Title);
    }
}
