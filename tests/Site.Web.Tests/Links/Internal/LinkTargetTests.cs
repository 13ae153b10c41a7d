using Site.Web.Links;
using Site.Web.Links.Internal;
using Site.Web.Paths;

namespace Site.Web.Tests.Links.Internal;

/// <summary>
/// The link check compares numbers for every link and reads text only for a link that fails, so
/// the numbers must pass exactly the links the text resolver passes: a link they pass wrongly
/// would never be reported. Checked over many hrefs, good and broken, with and without a base path.
/// On a page that was not written (never so in a build) the numbers may fail more: the text then
/// finds nothing to report, which costs time, not correctness.
/// </summary>
public sealed class LinkTargetTests
{
    private static readonly string[] Files =
    [
        "index.html", "docs/a/index.html", "docs/b/index.html", "docs/重点/index.html", "releases/v1.7/index.html",
        "assets/site.css", "assets/a b.png", "search/index.json", "docs/c.html",
    ];

    private const string Page = """
        <h2 id="features">F</h2><h2 id="known-issues">K</h2><a name="old">o</a><h2 id="重点">Z</h2><h2 id="a b">S</h2>
        """;

    public static TheoryData<string> BasePaths => new() { "/", "/repo/" };

    [Theory]
    [MemberData(nameof(BasePaths))]
    public void Numbers_pass_exactly_the_hrefs_the_text_resolver_passes(string basePath)
    {
        var urls = new UrlBuilder(basePath, null);
        var index = new SiteIndex();
        foreach (var file in Files)
        {
            if (file.EndsWith(".html", StringComparison.Ordinal))
            {
                index.AddPage(RenderedPage.Scan(file, AssignPageUrls.ToPageUrl(file), Page, urls));
            }
            else
            {
                index.AddFile(file);
            }
        }

        var resolver = new InternalLinkResolver(index, urls);
        var checkedLinks = 0;
        var broken = 0;
        foreach (var pageUrl in new[] { "/docs/a/", "/", "/docs/c.html", "/missing/" })
        {
            foreach (var href in Hrefs(basePath))
            {
                var text = resolver.CheckHref(href, pageUrl);
                var number = LinkTarget.OfHref(href, pageUrl, urls);
                var numbersPass = number is null || index.Resolves(number.Value);
                var message = $"{href} on {pageUrl}: the text resolver says {text?.Message ?? "fine"}, the numbers {(numbersPass ? "fine" : "broken")}";
                Assert.True(pageUrl == "/missing/" ? !numbersPass || text is null : numbersPass == (text is null), message);
                checkedLinks++;
                broken += text is null ? 0 : 1;
            }
        }

        Assert.True(broken > 40 && broken < checkedLinks - 40, $"{broken} of {checkedLinks} broken: too few of one kind to compare");
    }

    [Theory]
    [InlineData("/releases/v1.7/#features")]
    [InlineData("/releases/v1.7/?q=1#features")]
    [InlineData("/docs/a#known-issues")]
    [InlineData("/docs/a/index.html#%E9%87%8D%E7%82%B9")]
    [InlineData("/")]
    [InlineData("/docs/missing/")]
    [InlineData("/docs/a/#nowhere")]
    public void Site_urls_of_markdown_links_resolve_as_the_text_check_does(string siteUrl)
    {
        var urls = new UrlBuilder("/", null);
        var index = new SiteIndex();
        foreach (var file in Files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            index.AddPage(RenderedPage.Scan(file, AssignPageUrls.ToPageUrl(file), Page, urls));
        }

        var text = new InternalLinkResolver(index, urls).CheckSiteUrl(siteUrl, siteUrl);

        Assert.Equal(text is null, index.Resolves(LinkTarget.OfSiteUrl(siteUrl)));
    }

    private static IEnumerable<string> Hrefs(string basePath)
    {
        var b = basePath;
        string[] paths =
        [
            "", b, b + "index.html", b + "docs/a/", b + "docs/a", b + "docs/a/index.html", b + "docs/b/", b + "docs/x/",
            b + "docs/%E9%87%8D%E7%82%B9/", b + "docs/重点/", b + "docs/c.html", b + "docs/c.html/", b + "assets/site.css",
            b + "assets/a%20b.png", b + "assets/a b.png", b + "assets/missing.css", b + "search/index.json", b + "releases/v1.7/",
            b + "releases/v1.7", b + "releases/v1.8/", b + "docs/./a/", b + "docs/b/../a/", b + "docs/%2E%2E/releases/v1.7/",
            "/elsewhere/docs/a/", "/", "/index.html", "../b/", "../../releases/v1.7/", "b/", "./", "..", "c.html", "x/y/../../a/",
            "?q=1", b + "docs/a/?q=1", b + "docs/a%3Fq/", b + "docs/a%23features/",
            "https://example.com/x", "mailto:a@b", "//cdn.example.com/x.js", "javascript:void(0)",
        ];
        string[] fragments = ["", "#", "#top", "#features", "#known-issues", "#Features", "#old", "#nowhere", "#%E9%87%8D%E7%82%B9", "#重点", "#a%20b", "#a b"];
        return paths.SelectMany(path => fragments.Select(fragment => path + fragment)).Where(href => href.Length > 0);
    }
}
