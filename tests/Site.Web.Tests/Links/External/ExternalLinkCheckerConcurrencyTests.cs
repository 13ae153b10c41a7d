using Site.Web.Links.External;
using static Site.Web.Tests.Links.External.CheckerHarness;

namespace Site.Web.Tests.Links.External;

public sealed class ExternalLinkCheckerConcurrencyTests(LinkTestServer server) : IClassFixture<LinkTestServer>
{
    [Fact]
    public async Task RequestsPerHostNeverExceedTheLimitWhileHostsProceedInParallel()
    {
        // 127.0.0.1 and localhost are the same server but different host names, so two limits.
        var options = FastOptions with { MaxConcurrencyPerHost = 2, MaxConcurrency = 16 };
        var urls = Enumerable.Range(0, 8)
            .SelectMany(i => new[] { server.Url($"/slow/per-host/{i}"), $"http://localhost:{server.Port}/slow/per-host/{i}" })
            .ToArray();

        var results = await CheckAsync(options, urls);

        Assert.All(results, r => Assert.Equal(ExternalLinkStatus.Ok, r.Status));
        Assert.Equal(2, server.MaxInFlight("per-host@127.0.0.1"));
        Assert.Equal(2, server.MaxInFlight("per-host@localhost"));
        Assert.Equal(4, server.MaxInFlight("per-host"));
    }

    [Fact]
    public async Task RequestsInTotalNeverExceedTheGlobalLimit()
    {
        var options = FastOptions with { MaxConcurrencyPerHost = 8, MaxConcurrency = 3 };
        var urls = Enumerable.Range(0, 5)
            .SelectMany(i => new[] { server.Url($"/slow/global/{i}"), $"http://localhost:{server.Port}/slow/global/{i}" })
            .ToArray();

        var results = await CheckAsync(options, urls);

        Assert.All(results, r => Assert.Equal(ExternalLinkStatus.Ok, r.Status));
        Assert.Equal(3, server.MaxInFlight("global"));
    }
}
