using static Microsoft.Playwright.Assertions;

namespace Site.Tests.Browser;

/// <summary>Reading a page costs no index: lunr and the index load when the box is first used.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class SearchLoadingTests(BrowserFixture fixture)
{
    [Fact(Timeout = 60_000)]
    public async Task The_index_is_fetched_only_after_the_box_is_used()
    {
        await using var browser = await fixture.OpenAsync("/features/");
        await browser.Page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
        Assert.DoesNotContain(browser.Requests, IsSearchData);

        var manifest = browser.Page.WaitForRequestAsync(fixture.Server.Url("/search/manifest.json"));
        // A shard's two files are asked for under the version the manifest gives them.
        var index = browser.Page.WaitForRequestAsync(Shard("index.json"));
        var documents = browser.Page.WaitForRequestAsync(Shard("documents.json"));
        await new SearchBox(browser.Page).Input.FocusAsync();
        await Task.WhenAll(manifest, index, documents);

        Assert.Contains(browser.Requests, url => url.Contains("/repo/assets/lunr.min.js", StringComparison.Ordinal));
        Assert.All(browser.Requests.Where(IsSearchData), url => Assert.StartsWith(fixture.Server.Url("/"), url, StringComparison.Ordinal));
        Assert.Empty(browser.Errors);
    }

    [Fact(Timeout = 60_000)]
    public async Task Typing_before_the_index_is_loaded_shows_results_once_it_is()
    {
        await using var browser = await fixture.OpenAsync("/");
        var box = new SearchBox(browser.Page);

        // The shard is held back until the reader has typed and seen that the index is loading.
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await browser.Page.RouteAsync(Shard("index.json"), async route =>
        {
            await release.Task.WaitAsync(TimeSpan.FromMilliseconds(HeadlessChromium.WaitMilliseconds));
            await route.ContinueAsync();
        });
        await box.TypeAsync("kubectl diff");
        await Expect(box.Status).ToHaveTextAsync("Loading the index…");
        await Expect(box.Status).ToBeVisibleAsync();
        await Expect(box.Listbox).ToBeHiddenAsync();

        release.SetResult();

        await box.ExpectFirstResultAsync("/repo/features/kubectl-diff/");
        await Expect(box.Status).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+ results$"));
        Assert.Empty(browser.Errors);
    }

    [Fact(Timeout = 60_000)]
    public async Task The_box_counts_one_result_in_the_singular()
    {
        await using var browser = await fixture.OpenAsync("/");
        var box = new SearchBox(browser.Page);

        // "Bitmovin" is named by one seed document only (the v1.7 announcement).
        await box.TypeAsync("Bitmovin");

        await Expect(box.Status).ToHaveTextAsync("1 result");
        Assert.Empty(browser.Errors);
    }

    private static bool IsSearchData(string url)
        => (url.Contains("/search/", StringComparison.Ordinal) && (url.EndsWith(".json", StringComparison.Ordinal) || url.Contains(".json?", StringComparison.Ordinal)))
           || url.Contains("lunr", StringComparison.Ordinal)
           || url.Contains("/assets/search/", StringComparison.Ordinal);

    private static System.Text.RegularExpressions.Regex Shard(string file)
        => new("/search/" + System.Text.RegularExpressions.Regex.Escape(file) + @"\?v=[0-9a-f]{10}$");
}
