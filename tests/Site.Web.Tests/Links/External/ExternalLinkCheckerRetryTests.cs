using Site.Web.Links.External;
using static Site.Web.Tests.Links.External.CheckerHarness;

namespace Site.Web.Tests.Links.External;

public sealed class ExternalLinkCheckerRetryTests(LinkTestServer server) : IClassFixture<LinkTestServer>
{
    [Fact]
    public async Task TooManyRequestsWithRetryAfterSecondsIsWaitedForThenOk()
    {
        var path = "/retry-after/1/seconds";
        var result = await CheckOneAsync(FastOptions, server.Url(path));

        Assert.Equal(ExternalLinkStatus.Ok, result.Status);
        var requests = server.RequestsTo(path);
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(1), $"second request came {requests[1].At - requests[0].At} after the first");
    }

    [Fact]
    public async Task RetryAfterAsHttpDateIsMeasuredAgainstTheServersDate()
    {
        // The server's Date header is in 2001; against our clock the date would be long past (no wait).
        var path = "/retry-after-date/1/date";
        var result = await CheckOneAsync(FastOptions, server.Url(path));

        Assert.Equal(ExternalLinkStatus.Ok, result.Status);
        var requests = server.RequestsTo(path);
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(1), $"second request came {requests[1].At - requests[0].At} after the first");
    }

    [Fact]
    public async Task RetryAfterLongerThanTheCapIsReportedNotWaitedFor()
    {
        var path = "/retry-after/3600/over-cap";
        var result = await CheckOneAsync(FastOptions, server.Url(path));

        Assert.Equal(ExternalLinkStatus.RateLimited, result.Status);
        Assert.False(result.IsSuccess);
        Assert.Equal(429, result.StatusCode);
        Assert.Equal("429 Too Many Requests; the server asked to retry after 3600 s, longer than the 3 s allowed", result.Detail);
        Assert.Equal(1, server.RequestCount(path));
    }

    [Fact]
    public async Task PersistentRateLimitIsReportedAfterAllRetries()
    {
        var path = "/always-429/persistent";
        var result = await CheckOneAsync(FastOptions with { MaxRetries = 2 }, server.Url(path));

        Assert.Equal(ExternalLinkStatus.RateLimited, result.Status);
        Assert.Equal("429 Too Many Requests (3 attempts)", result.Detail);
        Assert.Equal(["HEAD", "HEAD", "HEAD"], server.RequestsTo(path).Select(r => r.Method));
    }

    [Fact]
    public async Task ServiceUnavailableOnceIsRetriedWithBackoff()
    {
        var path = "/unavailable-once/x";
        var result = await CheckOneAsync(FastOptions with { RetryBaseDelay = TimeSpan.FromMilliseconds(200) }, server.Url(path));

        Assert.Equal(ExternalLinkStatus.Ok, result.Status);
        var requests = server.RequestsTo(path);
        Assert.Equal(["HEAD", "HEAD"], requests.Select(r => r.Method));
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromMilliseconds(200), $"gap {requests[1].At - requests[0].At}");
    }

    [Fact]
    public async Task ServerErrorsAreRetriedThenReportedAsBroken()
    {
        var path = "/status/500/always";
        var result = await CheckOneAsync(FastOptions with { MaxRetries = 1 }, server.Url(path));

        Assert.Equal(ExternalLinkStatus.Broken, result.Status);
        Assert.Equal("500 Internal Server Error (2 attempts)", result.Detail);

        // Each attempt is HEAD, then GET because HEAD failed.
        Assert.Equal(["HEAD", "GET", "HEAD", "GET"], server.RequestsTo(path).Select(r => r.Method));
    }
}
