using Site.Web.Links;

namespace Site.Web.Tests.Links;

public sealed class RenderedPageTests
{
    private const string Html = """
        <a id="top" href="/releases/v1.7/">v1.7</a> <img src="/assets/a.png">
        <a href="/releases/v1.8/">v1.8</a> <a name="old" href="/releases/v1.7/">again</a>
        <div id="features"><a href="#top">top</a><a href="/releases/v1.8/">v1.8</a></div>
        <link href="/assets/site.css"> <span href="/not-a-link/">x</span> <a href="/a?x=1&amp;y=2">q</a>
        """;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Each_reference_is_kept_once_in_the_order_it_first_appears(bool pooled)
    {
        var page = RenderedPage.Scan("x/index.html", Html, pooled ? new StringPool() : null);

        Assert.Equal(["/releases/v1.7/", "/assets/a.png", "/releases/v1.8/", "#top", "/assets/site.css", "/a?x=1&y=2"], page.References);
        Assert.Equal(["features", "old", "top"], page.Anchors.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_page_scanned_after_one_with_thousands_of_links_has_only_its_own()
    {
        var many = string.Concat(Enumerable.Range(0, 10_000).Select(i => $"<a href=\"/features/f{i}/\">f{i}</a>"));
        var pool = new StringPool();

        var index = RenderedPage.Scan("features/index.html", many + many, pool);
        var page = RenderedPage.Scan("x/index.html", Html, pool);
        var again = RenderedPage.Scan("features/index.html", many, pool);

        Assert.Equal(10_000, index.References.Count);
        Assert.Equal(["/releases/v1.7/", "/assets/a.png", "/releases/v1.8/", "#top", "/assets/site.css", "/a?x=1&y=2"], page.References);
        Assert.Equal(index.References, again.References);
    }

    [Fact]
    public void Pages_scanned_with_one_pool_share_their_strings()
    {
        var pool = new StringPool();

        var first = RenderedPage.Scan("a/index.html", Html, pool);
        var second = RenderedPage.Scan("b/index.html", Html, pool);

        Assert.Same(first.References[0], second.References[0]);
    }
}
