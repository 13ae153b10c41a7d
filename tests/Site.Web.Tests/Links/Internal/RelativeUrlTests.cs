using Site.Web.Links.Internal;

namespace Site.Web.Tests.Links.Internal;

/// <summary>The link check resolves hrefs with strings; System.Uri is the reference it must agree with.</summary>
public sealed class RelativeUrlTests
{
    [Theory]
    [InlineData("/repo/docs/a/", "b/")]
    [InlineData("/repo/docs/a/", "../b/#x")]
    [InlineData("/repo/docs/a/", "../../../../b")]
    [InlineData("/repo/docs/a/", "./c.html?v=1#top")]
    [InlineData("/repo/docs/a/", "/repo/releases/v1.7/#features")]
    [InlineData("/repo/docs/a/", "/repo/x/./y/../z/")]
    [InlineData("/repo/docs/a/", "#only-fragment")]
    [InlineData("/repo/docs/a/", "?q=1")]
    [InlineData("/repo/docs/a/index.html", "..")]
    [InlineData("/repo/docs/a/index.html", ".")]
    [InlineData("/", "a/b/../../c")]
    public void Resolves_like_a_browser(string page, string href)
    {
        var reference = new Uri(new Uri("http://site" + page), href);

        var (path, fragment) = RelativeUrl.Resolve(page, href);

        Assert.Equal(reference.AbsolutePath, path);
        Assert.Equal(reference.Fragment.TrimStart('#'), fragment);
    }
}
