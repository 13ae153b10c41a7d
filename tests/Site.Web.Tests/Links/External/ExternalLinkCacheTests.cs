using System.Text.Json;
using Site.Web.Links.External;
using static Site.Web.Tests.Links.External.CheckerHarness;

namespace Site.Web.Tests.Links.External;

public sealed class ExternalLinkCacheTests(LinkTestServer server) : IClassFixture<LinkTestServer>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("extlinks-cache-").FullName;

    private ExternalLinkCheckOptions Options => FastOptions with
    {
        CacheFile = Path.Combine(_folder, "nested", "external-links.json"),
        MaxRetries = 0,
        CacheTtl = TimeSpan.FromHours(24),
    };

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task ASecondRunAsksNothingAboutDefinitiveAnswers()
    {
        string[] definitive = ["/ok/cached", "/status/404/cached", "/status/410/cached", "/redirect/301/ok/cached-target"];
        var urls = definitive.Select(server.Url).ToArray();

        var first = await CheckAsync(Options, urls);
        var countsAfterFirst = Counts();
        var second = await CheckAsync(Options, urls);

        Assert.Equal(countsAfterFirst, Counts());
        Assert.All(first, r => Assert.False(r.FromCache));
        Assert.All(second, r => Assert.True(r.FromCache));
        Assert.Equal(
            first.Select(r => (r.Url, r.Status, r.StatusCode, r.Detail, r.PermanentTarget)),
            second.Select(r => (r.Url, r.Status, r.StatusCode, r.Detail, r.PermanentTarget)));

        int[] Counts() => [.. definitive.Append("/ok/cached-target").Select(server.RequestCount)];
    }

    [Fact]
    public async Task TransientAnswersAreAskedAgain()
    {
        using var silent = new SilentTcpServer();
        string[] transient = ["/status/500/not-cached", "/status/503/not-cached", "/always-429/not-cached", "/status/408/not-cached"];
        var urls = transient.Select(server.Url).ToArray();

        // Only the silent server gets a short timeout: on a loaded machine 300 ms could also cut off a
        // request to the answering server before it arrived, and the count below would be one short.
        async Task<IReadOnlyList<ExternalLinkResult>> CheckBoth()
            => [.. await CheckAsync(Options, urls), .. await CheckAsync(Options with { RequestTimeout = TimeSpan.FromMilliseconds(300) }, silent.Url("/hang"))];

        var first = await CheckBoth();
        var second = await CheckBoth();

        Assert.All(first.Concat(second), r => Assert.False(r.IsSuccess));
        Assert.All(second, r => Assert.False(r.FromCache));
        Assert.All(transient, path => Assert.Equal(2, server.RequestsTo(path).Count(r => r.Method == "HEAD")));
        Assert.Equal(2, silent.Connections);
    }

    [Fact]
    public async Task ExpiredEntriesAreAskedAgainFreshOnesAreNot()
    {
        var url = server.Url("/ok/expiry");
        await CheckAsync(Options, [new ExternalLink(url, At("a.md"))]);

        var stillFresh = await CheckAsync(Options, [new ExternalLink(url, At("a.md"))], new ShiftedTimeProvider(TimeSpan.FromHours(23)));
        Assert.True(Assert.Single(stillFresh).FromCache);
        Assert.Equal(1, server.RequestCount("/ok/expiry"));

        var expired = await CheckAsync(Options, [new ExternalLink(url, At("a.md"))], new ShiftedTimeProvider(TimeSpan.FromHours(25)));
        Assert.False(Assert.Single(expired).FromCache);
        Assert.Equal(2, server.RequestCount("/ok/expiry"));
    }

    [Fact]
    public async Task ACorruptCacheFileIsTreatedAsEmptyAndReplaced()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Options.CacheFile)!);
        await File.WriteAllTextAsync(Options.CacheFile!, "{ not json");

        var result = Assert.Single(await CheckAsync(Options, server.Url("/ok/corrupt")));

        Assert.Equal(ExternalLinkStatus.Ok, result.Status);
        using var saved = JsonDocument.Parse(await File.ReadAllTextAsync(Options.CacheFile!));
        Assert.Equal(1, saved.RootElement.GetProperty("version").GetInt32());
        var entry = saved.RootElement.GetProperty("entries").GetProperty(server.Url("/ok/corrupt"));
        Assert.Equal("ok", entry.GetProperty("status").GetString());
        Assert.Equal(200, entry.GetProperty("statusCode").GetInt32());
    }
}
