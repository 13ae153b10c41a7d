using Site.Tests.EndToEnd;
using Site.Web.Tests.Support;

namespace Site.Tests.Browser;

/// <summary>
/// Shared by the browser tests: Chromium, and the repository's seeds built under /repo/ and
/// served on 127.0.0.1, as on a GitHub Pages project site.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string BasePath = "/repo/";

    private BuiltSite? _site;
    private StaticSiteServer? _server;
    private HeadlessChromium? _chromium;

    internal BuiltSite Site => _site ?? throw new InvalidOperationException("not started");

    internal StaticSiteServer Server => _server ?? throw new InvalidOperationException("not started");

    internal HeadlessChromium Chromium => _chromium ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        _site = BuiltSite.Build(RepositoryPaths.Root, BasePath);
        Assert.True(_site.Result.Succeeded, _site.Report);
        _server = await StaticSiteServer.StartAsync(_site.Output, BasePath);
        _chromium = await HeadlessChromium.LaunchAsync();
    }

    /// <summary>Opens a page of the seed site by its site path ("/features/").</summary>
    internal Task<BrowserPage> OpenAsync(string sitePath) => Chromium.OpenAsync(Server.Url(sitePath));

    /// <summary>Opens a page after <paramref name="prepare"/> has set up the page (e.g. routes holding back a script).</summary>
    internal Task<BrowserPage> OpenAsync(string sitePath, Func<Microsoft.Playwright.IPage, Task> prepare) => Chromium.OpenAsync(Server.Url(sitePath), prepare);

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _site?.Dispose();
    }
}

/// <summary>Browser tests share one Chromium and one served site, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserTestGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
