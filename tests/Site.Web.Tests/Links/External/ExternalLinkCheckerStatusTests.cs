using System.Net;
using System.Net.Sockets;
using Site.Web.Links.External;
using static Site.Web.Tests.Links.External.CheckerHarness;

namespace Site.Web.Tests.Links.External;

public sealed class ExternalLinkCheckerStatusTests(LinkTestServer server) : IClassFixture<LinkTestServer>
{
    [Fact]
    public async Task A200IsOkAndAskedWithOneHeadRequest()
    {
        var result = await CheckOneAsync(FastOptions, server.Url("/ok/plain"));

        Assert.Equal(ExternalLinkStatus.Ok, result.Status);
        Assert.Equal(200, result.StatusCode);
        Assert.True(result.IsSuccess);
        var request = Assert.Single(server.RequestsTo("/ok/plain"));
        Assert.Equal("HEAD", request.Method);
        Assert.Equal(ExternalLinkChecker.UserAgent, request.UserAgent);
    }

    [Theory]
    [InlineData(404, "404 Not Found")]
    [InlineData(410, "410 Gone")]
    public async Task ClientErrorsAreBrokenAfterGetConfirmsThem(int status, string detail)
    {
        var path = $"/status/{status}/broken";
        var result = await CheckOneAsync(FastOptions, server.Url(path));

        Assert.Equal(ExternalLinkStatus.Broken, result.Status);
        Assert.Equal(status, result.StatusCode);
        Assert.Equal(detail, result.Detail);
        Assert.Equal(["HEAD", "GET"], server.RequestsTo(path).Select(r => r.Method));
    }

    [Theory]
    [InlineData(405)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(501)]
    public async Task HeadRefusedThenGet200IsOk(int headStatus)
    {
        var path = $"/head-refused/{headStatus}/x";
        var result = await CheckOneAsync(FastOptions, server.Url(path));

        Assert.Equal(ExternalLinkStatus.Ok, result.Status);
        Assert.Equal(["HEAD", "GET"], server.RequestsTo(path).Select(r => r.Method));
    }

    [Theory]
    [InlineData(301)]
    [InlineData(308)]
    public async Task PermanentRedirectIsRedirectedAndPermanentlyMoved(int status)
    {
        var result = await CheckOneAsync(FastOptions, server.Url($"/redirect/{status}/ok/moved{status}"));

        Assert.Equal(ExternalLinkStatus.Redirected, result.Status);
        Assert.True(result.IsSuccess);
        Assert.True(result.IsPermanentlyMoved);
        Assert.Equal(server.Url($"/ok/moved{status}"), result.PermanentTarget);
        Assert.Equal(server.Url($"/ok/moved{status}"), result.FinalUrl);
        Assert.Equal(1, server.RequestCount($"/ok/moved{status}"));
    }

    [Fact]
    public async Task TemporaryRedirectIsFine()
    {
        var result = await CheckOneAsync(FastOptions, server.Url("/redirect/302/ok/temporary"));

        Assert.Equal(ExternalLinkStatus.Redirected, result.Status);
        Assert.False(result.IsPermanentlyMoved);
        Assert.Null(result.PermanentTarget);
        Assert.Equal(server.Url("/ok/temporary"), result.FinalUrl);
    }

    [Fact]
    public async Task PermanentTargetStopsAtTheFirstTemporaryHop()
    {
        var result = await CheckOneAsync(FastOptions, server.Url("/redirect/301/redirect/302/ok/mixed"));

        Assert.Equal(ExternalLinkStatus.Redirected, result.Status);
        Assert.Equal(server.Url("/redirect/302/ok/mixed"), result.PermanentTarget);
        Assert.Equal(server.Url("/ok/mixed"), result.FinalUrl);
    }

    [Fact]
    public async Task RedirectToABrokenPageIsBroken()
    {
        var result = await CheckOneAsync(FastOptions, server.Url("/redirect/301/status/404/after-move"));

        Assert.Equal(ExternalLinkStatus.Broken, result.Status);
        Assert.Equal(404, result.StatusCode);
        Assert.Equal($"404 Not Found (after redirect to {server.Url("/status/404/after-move")})", result.Detail);
    }

    [Fact]
    public async Task RedirectLoopIsDetected()
    {
        var result = await CheckOneAsync(FastOptions, server.Url("/loop/l1/a"));

        Assert.Equal(ExternalLinkStatus.RedirectLoop, result.Status);
        Assert.Equal(2, result.Redirects.Count);
        Assert.Equal(1, server.RequestCount("/loop/l1/a"));
        Assert.Equal(1, server.RequestCount("/loop/l1/b"));
    }

    [Fact]
    public async Task MoreHopsThanAllowedAreTooManyRedirects()
    {
        var options = FastOptions with { MaxRedirects = 3 };

        var atLimit = await CheckOneAsync(options, server.Url("/chain/3/limit"));
        var overLimit = await CheckOneAsync(options, server.Url("/chain/4/over"));

        Assert.Equal(ExternalLinkStatus.Redirected, atLimit.Status);
        Assert.Equal(ExternalLinkStatus.TooManyRedirects, overLimit.Status);
        Assert.Equal(0, server.RequestCount("/chain/0/over"));
    }

    [Fact]
    public async Task RefusedPortIsAConnectionFailureWithoutRetries()
    {
        var port = UnusedPort();
        var result = await CheckOneAsync(FastOptions, $"http://127.0.0.1:{port}/nothing");

        Assert.Equal(ExternalLinkStatus.ConnectionFailed, result.Status);
        Assert.Equal($"connection refused by 127.0.0.1:{port}", result.Detail);
    }

    [Fact]
    public async Task FragmentsAreStrippedAndEachUrlIsAskedOnce()
    {
        var url = server.Url("/ok/fragments");
        var links = new[]
        {
            new ExternalLink(url + "#b", At("b.md", 9, 2)),
            new ExternalLink(url + "#a", At("a.md", 3, 1)),
            new ExternalLink(url.Replace("http://", "HTTP://", StringComparison.Ordinal), At("a.md", 1, 5)),
            new ExternalLink(url, At("a.md", 3, 1)),
        };

        var result = Assert.Single(await CheckAsync(FastOptions, links));

        Assert.Equal(url, result.Url);
        Assert.Equal([At("a.md", 1, 5), At("a.md", 3, 1), At("b.md", 9, 2)], result.Locations);
        Assert.Equal(1, server.RequestCount("/ok/fragments"));
    }

    [Fact]
    public async Task ResultsAreSortedByUrl()
    {
        var urls = new[] { server.Url("/ok/order-c"), server.Url("/ok/order-a"), server.Url("/status/404/order-b") };

        var results = await CheckAsync(FastOptions, urls);

        Assert.Equal(urls.Order(StringComparer.Ordinal), results.Select(r => r.Url));
    }

    [Fact]
    public async Task ExcludedUrlsAreNeverRequested()
    {
        var options = FastOptions with { Exclude = [@"/ok/excluded-\d+$", "NEVER-MATCHES"] };

        var results = await CheckAsync(options, server.Url("/ok/excluded-1"), server.Url("/ok/excluded-1b"));

        Assert.Equal(ExternalLinkStatus.Excluded, results[0].Status);
        Assert.Equal(@"excluded by pattern /ok/excluded-\d+$", results[0].Detail);
        Assert.Equal(ExternalLinkStatus.Ok, results[1].Status);
        Assert.Equal(0, server.RequestCount("/ok/excluded-1"));
    }

    [Fact]
    public void AnInvalidExcludePatternIsRejectedUpFront()
    {
        var options = FastOptions with { Exclude = ["(unclosed"] };

        var error = Assert.Throws<ArgumentException>(() => new ExternalLinkChecker(options));
        Assert.Contains("(unclosed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OfflineSkipsEverythingWithoutRequests()
    {
        var result = await CheckOneAsync(FastOptions with { Offline = true }, server.Url("/status/404/offline"));

        Assert.Equal(ExternalLinkStatus.Skipped, result.Status);
        Assert.Equal(0, server.RequestCount("/status/404/offline"));
    }

    [Theory]
    [InlineData("mailto:someone@example.com")]
    [InlineData("not a url")]
    [InlineData("/relative/path")]
    public async Task NonHttpUrlsAreInvalid(string url)
    {
        var result = await CheckOneAsync(FastOptions, url);

        Assert.Equal(ExternalLinkStatus.InvalidUrl, result.Status);
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
