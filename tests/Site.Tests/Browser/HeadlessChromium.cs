using Microsoft.Playwright;

namespace Site.Tests.Browser;

/// <summary>
/// The system's Chromium (/usr/bin/chromium; test.sh installs Debian's when missing) driven by
/// Playwright: never a downloaded browser. Every wait of a page is bounded, so no test hangs.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    /// <summary>The longest any single wait (navigation, element, condition) may take.</summary>
    public const float WaitMilliseconds = 15_000;

    private const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private readonly IPlaywright _playwright;

    private HeadlessChromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<HeadlessChromium> LaunchAsync()
    {
        Assertions.SetDefaultExpectTimeout(WaitMilliseconds);
        var playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = Arguments,
                Timeout = 60_000,
            }).ConfigureAwait(false);
            return new HeadlessChromium(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>A fresh page (own context: no cache or history shared between tests) that records script errors.</summary>
    public Task<BrowserPage> OpenAsync(string url) => OpenAsync(url, prepare: null);

    /// <param name="prepare">
    /// Runs before the page is requested (to route its requests). When given, opening waits only
    /// for the document to be parsed, not for everything it loads, which the routes may hold back.
    /// </param>
    public async Task<BrowserPage> OpenAsync(string url, Func<IPage, Task>? prepare)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-US" }).ConfigureAwait(false);
        context.SetDefaultTimeout(WaitMilliseconds);
        context.SetDefaultNavigationTimeout(WaitMilliseconds);
        var browserPage = new BrowserPage(context, await context.NewPageAsync().ConfigureAwait(false));
        try
        {
            if (prepare is not null)
            {
                await prepare(browserPage.Page).ConfigureAwait(false);
            }

            await browserPage.Page.GotoAsync(url, new PageGotoOptions { WaitUntil = prepare is null ? WaitUntilState.Load : WaitUntilState.DOMContentLoaded }).ConfigureAwait(false);
            return browserPage;
        }
        catch
        {
            await browserPage.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync().ConfigureAwait(false);
        _playwright.Dispose();
    }
}
