using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Site.Tests.Browser;

/// <summary>The search page, /search/?q=..., whose address can be shared.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class SearchPageTests(BrowserFixture fixture)
{
    [Fact(Timeout = 60_000)]
    public async Task The_query_in_the_address_is_searched_and_listed()
    {
        await using var browser = await fixture.OpenAsync("/search/?q=kubectl%20diff");
        var results = browser.Page.Locator("[data-search-page-results] > li > a.search-result");

        await Expect(results.First).ToHaveAttributeAsync("href", "/repo/features/kubectl-diff/");
        await Expect(results.First.Locator(".search-result__title")).ToHaveTextAsync("kubectl diff");
        await Expect(browser.Page.Locator("#search-page-input")).ToHaveValueAsync("kubectl diff");
        await Expect(browser.Page.Locator(".search-page__status")).ToHaveTextAsync(new Regex(@"^\d+ results$"));
        Assert.Empty(browser.Errors);
    }

    [Fact(Timeout = 60_000)]
    public async Task One_result_is_counted_in_the_singular()
    {
        // "Bitmovin" is named by one seed document only (the v1.7 announcement).
        await using var browser = await fixture.OpenAsync("/search/?q=Bitmovin");

        await Expect(browser.Page.Locator("[data-search-page-results] > li")).ToHaveCountAsync(1);
        await Expect(browser.Page.Locator(".search-page__status")).ToHaveTextAsync("1 result");
        Assert.Empty(browser.Errors);
    }

    [Fact(Timeout = 60_000)]
    public async Task Searching_on_the_page_updates_the_address_so_the_view_can_be_shared()
    {
        await using var browser = await fixture.OpenAsync("/search/");
        var input = browser.Page.Locator("#search-page-input");

        await input.FillAsync("StatefulSet");

        await browser.Page.WaitForURLAsync(fixture.Server.Url("/search/") + "?q=StatefulSet");
        await Expect(browser.Page.Locator("[data-search-page-results] a.search-result").First).ToHaveAttributeAsync("href", "/repo/features/statefulset/");

        await input.FillAsync("zzzznotaword");
        await Expect(browser.Page.Locator(".search-page__status")).ToHaveTextAsync("No results for “zzzznotaword”.");
        await Expect(browser.Page.Locator("[data-search-page-results] li")).ToHaveCountAsync(0);
        Assert.Empty(browser.Errors);
    }

    /// <summary>
    /// The page's script arrives after the search engine's other scripts, possibly after the reader
    /// has started typing (a slow connection, a busy machine): what was typed is searched and put in
    /// the address, not replaced by the address's empty query.
    /// </summary>
    [Fact(Timeout = 60_000)]
    public async Task Words_typed_before_the_page_script_has_run_are_searched_not_lost()
    {
        var release = new TaskCompletionSource();
        await using var browser = await fixture.OpenAsync("/search/", page => page.RouteAsync("**/assets/search/page.js*", async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        }));
        var input = browser.Page.Locator("#search-page-input");

        await input.FillAsync("StatefulSet");
        release.SetResult();

        await browser.Page.WaitForURLAsync(fixture.Server.Url("/search/") + "?q=StatefulSet");
        await Expect(input).ToHaveValueAsync("StatefulSet");
        await Expect(browser.Page.Locator("[data-search-page-results] a.search-result").First).ToHaveAttributeAsync("href", "/repo/features/statefulset/");
        Assert.Empty(browser.Errors);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_query_with_a_wrong_word_still_finds_pages_with_the_others()
    {
        await using var browser = await fixture.OpenAsync("/search/?q=kubectl%20difff");

        await Expect(browser.Page.Locator("[data-search-page-results] a.search-result").First).ToHaveAttributeAsync("href", new Regex("^/repo/features/kubectl-"));
    }
}
