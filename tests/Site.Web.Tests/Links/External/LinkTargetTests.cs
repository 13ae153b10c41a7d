using Site.Web.Links.External;

namespace Site.Web.Tests.Links.External;

public sealed class LinkTargetTests
{
    [Theory]
    [InlineData("https://Example.COM:443/a/b?q=1#frag", "https://example.com/a/b?q=1")]
    [InlineData("http://example.com", "http://example.com/")]
    [InlineData("  https://example.com/x#  ", "https://example.com/x")]
    public void NormalizationDropsFragmentAndCanonicalizes(string input, string expected)
    {
        var (url, uri) = LinkTarget.Normalize(input);

        Assert.Equal(expected, url);
        Assert.NotNull(uri);
    }

    [Theory]
    [InlineData("ftp://example.com/file")]
    [InlineData("mailto:a@b.c")]
    [InlineData("https://")]
    public void NonHttpUrlsHaveNoUri(string input)
        => Assert.Null(LinkTarget.Normalize(input).Uri);
}
