using Site.Web.Paths;
using Xunit;

namespace Site.Web.Tests.Paths;

public class UrlBuilderTests
{
    [Theory]
    [InlineData("/", "/releases/v1.7/", "/releases/v1.7/")]
    [InlineData("/", "/features/x/#stage-history", "/features/x/#stage-history")]
    [InlineData("repo", "/releases/v1.7/", "/repo/releases/v1.7/")]
    [InlineData("/repo/", "/releases/v1.7/#known-issues", "/repo/releases/v1.7/#known-issues")]
    [InlineData("/repo/", "assets/site.css", "/repo/assets/site.css")]
    [InlineData("/repo/", "/search/?q=csi", "/repo/search/?q=csi")]
    public void Page_puts_the_base_path_in_front_and_keeps_fragments_and_queries(string basePath, string siteUrl, string expected)
    {
        var urls = new UrlBuilder(basePath);

        Assert.Equal(expected, urls.Page(siteUrl));
        Assert.Equal(expected, urls.Page(siteUrl)); // a second time: kept pages and made-on-demand links alike
    }
}
