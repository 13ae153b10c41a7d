using Site.Tests.EndToEnd;
using Site.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Site.Tests.Browser;

/// <summary>Titles and headings are page text: a "&lt;script&gt;" in them shows as text, never runs.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class SearchEscapingTests(BrowserFixture fixture)
{
    private const string Title = "Probe <script>window.__injected = 1</script> <img src=x onerror=window.__injected=2> title";

    private const string Probe = """
        ---
        title: "Probe <script>window.__injected = 1</script> <img src=x onerror=window.__injected=2> title"
        ---
        Zqxprobe intro text.

        ## Heading \<script>window.__injected = 3\</script> \<img src=x onerror=window.__injected=4> zqxprobe

        The zqxprobe section body.
        """;

    [Fact(Timeout = 90_000)]
    public async Task A_title_and_heading_holding_markup_show_as_text_in_results()
    {
        using var root = new TempDirectory();
        CopyTree(Path.Combine(RepositoryPaths.Root, "input"), root.Combine("input"));
        Directory.CreateDirectory(root.Combine("seeds"));
        File.Copy(Path.Combine(RepositoryPaths.Seeds, "release-1.7-notes-draft.md"), root.Combine("seeds/release-1.7-notes-draft.md"));
        TestFiles.Write(root.Combine("seeds/script-probe.md"), Probe);
        using var site = BuiltSite.Build(root.Path, BrowserFixture.BasePath);
        Assert.True(site.Result.Succeeded, site.Report);
        await using var server = await StaticSiteServer.StartAsync(site.Output, BrowserFixture.BasePath);
        await using var browser = await fixture.Chromium.OpenAsync(server.Url("/"));
        var box = new SearchBox(browser.Page);

        await box.TypeAsync("zqxprobe");

        await box.ExpectFirstResultAsync("/repo/docs/script-probe/");
        await Expect(box.Title(0)).ToHaveTextAsync(Title);
        await Expect(box.Option(0).Locator(".search-result__heading")).ToContainTextAsync("<script>window.__injected = 3</script>");
        await Expect(box.Option(0).Locator(".search-result__heading mark")).ToHaveTextAsync("zqxprobe");
        Assert.Equal(0, await box.Listbox.Locator("script, img").CountAsync());
        Assert.Equal("undefined", await browser.Page.EvaluateAsync<string>("() => typeof window.__injected"));
        Assert.Empty(browser.Errors);

        // On the search page too.
        await browser.Page.GotoAsync(server.Url("/search/?q=zqxprobe"));
        var result = browser.Page.Locator("[data-search-page-results] a.search-result").First;
        await Expect(result.Locator(".search-result__title")).ToHaveTextAsync(Title);
        Assert.Equal(0, await browser.Page.Locator("[data-search-page-results] script, [data-search-page-results] img").CountAsync());
        Assert.Equal("undefined", await browser.Page.EvaluateAsync<string>("() => typeof window.__injected"));
    }

    private static void CopyTree(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(source))
        {
            CopyTree(directory, Path.Combine(target, Path.GetFileName(directory)));
        }
    }
}
