using System.Diagnostics;
using Site.Web.Links.External;
using static Site.Web.Tests.Links.External.CheckerHarness;

namespace Site.Web.Tests.Links.External;

public sealed class ExternalLinkCheckerTimeoutTests(LinkTestServer server) : IClassFixture<LinkTestServer>
{
    private static readonly ExternalLinkCheckOptions ShortTimeout = FastOptions with
    {
        RequestTimeout = TimeSpan.FromMilliseconds(500),
        MaxRetries = 1,
    };

    [Fact]
    public async Task AServerThatNeverAnswersTimesOutAndIsRetriedOnce()
    {
        using var silent = new SilentTcpServer();
        var clock = Stopwatch.StartNew();

        var result = await CheckOneAsync(ShortTimeout, silent.Url("/hang"));

        Assert.Equal(ExternalLinkStatus.TimedOut, result.Status);
        Assert.False(result.IsSuccess);
        Assert.Equal("timed out after 0.5 s (2 attempts)", result.Detail);
        Assert.Equal(2, silent.Connections);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task ABodySentAByteASecondDoesNotHoldTheCheck()
    {
        var path = "/slow-body/trickle";
        var result = await CheckOneAsync(ShortTimeout with { RequestTimeout = TimeSpan.FromSeconds(2) }, server.Url(path));

        // HEAD is refused so the GET with the trickling body is what decides.
        Assert.Equal(ExternalLinkStatus.Ok, result.Status);
        Assert.Equal(["HEAD", "GET"], server.RequestsTo(path).Select(r => r.Method));
        await AssertClientHungUpAsync(path);
    }

    [Fact]
    public async Task AnEndlessBodyIsNotRead()
    {
        var path = "/endless/stream";
        var result = await CheckOneAsync(ShortTimeout with { RequestTimeout = TimeSpan.FromSeconds(2) }, server.Url(path));

        Assert.Equal(ExternalLinkStatus.Ok, result.Status);
        await AssertClientHungUpAsync(path);
    }

    [Fact]
    public async Task CancellationStopsTheRunPromptly()
    {
        using var silent = new SilentTcpServer();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();
        var options = FastOptions with { RequestTimeout = TimeSpan.FromSeconds(30) };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => CheckAsync(options, [new ExternalLink(silent.Url("/hang"), At("a.md"))], cancellationToken: cancel.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    // The server's write loop ends only when the client closes the connection; without that it
    // would keep sending for a day (endless) or 100 000 seconds (trickle).
    private async Task AssertClientHungUpAsync(string path)
    {
        var deadline = Stopwatch.StartNew();
        while (server.BodyEndedAt(path) is null && deadline.Elapsed < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(50);
        }

        Assert.NotNull(server.BodyEndedAt(path));
    }
}
