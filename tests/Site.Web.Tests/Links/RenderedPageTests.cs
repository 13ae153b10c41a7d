using Site.Engine.Documents;
using Site.Web.Links;
using Site.Web.Paths;

namespace Site.Web.Tests.Links;

public sealed class RenderedPageTests
{
    private const string Html = """
        <a id="top" href="/releases/v1.7/">v1.7</a> <img src="/assets/a.png">
        <a href="/releases/v1.8/">v1.8</a> <a name="old" href="/releases/v1.7/">again</a>
        <div id="features"><a href="#top">top</a><a href="/releases/v1.8/">v1.8</a></div>
        <link href="/assets/site.css"> <span href="/not-a-link/">x</span> <a href="/a?x=1&amp;y=2">q</a>
        <a href="https://example.com/">out</a> <DIV ID="Upper">case</DIV> <A HREF="/releases/v1.7/#known-issues">ki</A>
        """;

    private static readonly UrlBuilder Root = new("/", null);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Each_reference_and_anchor_is_kept_once_in_the_order_it_first_appears(bool spilled)
    {
        using var spill = spilled ? new SpillStore() : null;

        var page = RenderedPage.Scan("x/index.html", "/x/", Html, Root, spill);

        Assert.Equal(["/releases/v1.7/", "/assets/a.png", "/releases/v1.8/", "#top", "/assets/site.css", "/a?x=1&y=2", "https://example.com/", "/releases/v1.7/#known-issues"],
            page.References);
        Assert.Equal(["Upper", "features", "old", "top"], page.Anchors.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Internal_links_become_targets_once_each_and_anchors_their_numbers()
    {
        var page = RenderedPage.Scan("x/index.html", "/x/", Html, Root);

        LinkTarget[] expected = [.. new[] { "/releases/v1.7/", "/assets/a.png", "/releases/v1.8/", "/x/#top", "/assets/site.css", "/a", "/releases/v1.7/#known-issues" }
            .Select(url => LinkTarget.OfSiteUrl(url))];
        Assert.Equal(expected, page.Targets);
        Assert.Equal(0, page.Targets[3].Fragment); // "#top" is always there
        Assert.True(page.HasAnchor(LinkTarget.AnchorHash("features")));
        Assert.True(page.HasAnchor(LinkTarget.AnchorHash("Upper")));
        Assert.False(page.HasAnchor(LinkTarget.AnchorHash("upper")));
        Assert.Equal(page.AnchorHashes.Order(), page.AnchorHashes);
    }

    [Fact]
    public void A_page_scanned_after_one_with_thousands_of_links_has_only_its_own()
    {
        var many = string.Concat(Enumerable.Range(0, 10_000).Select(i => $"<a id=\"a{i}\" href=\"/features/f{i}/\">f{i}</a>"));

        var index = RenderedPage.Scan("features/index.html", "/features/", many + many, Root);
        var page = RenderedPage.Scan("x/index.html", "/x/", Html, Root);
        var again = RenderedPage.Scan("features/index.html", "/features/", many, Root);

        Assert.Equal(10_000, index.References.Count);
        Assert.Equal(10_000, index.Targets.Length);
        Assert.Equal(10_000, index.AnchorHashes.Length);
        Assert.Equal(7, page.Targets.Length);
        Assert.Equal(4, page.AnchorHashes.Length);
        Assert.Equal(index.References, again.References);
        Assert.Equal(index.Targets, again.Targets);
    }
}
