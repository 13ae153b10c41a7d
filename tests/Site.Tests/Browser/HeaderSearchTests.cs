using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Site.Tests.Browser;

/// <summary>The search box in every page's header, in Chromium, on the seed site under /repo/.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class HeaderSearchTests(BrowserFixture fixture)
{
    [Fact(Timeout = 60_000)]
    public async Task Kubectl_diff_lists_the_feature_page_first_and_Enter_opens_it()
    {
        await using var browser = await fixture.OpenAsync("/");
        var box = new SearchBox(browser.Page);

        await box.TypeAsync("kubectl diff");

        await box.ExpectFirstResultAsync("/repo/features/kubectl-diff/");
        await Expect(box.Title(0)).ToHaveTextAsync("kubectl diff");
        await Expect(box.Input).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(box.Option(0)).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(box.Input).ToHaveAttributeAsync("aria-activedescendant", (await box.Option(0).GetAttributeAsync("id"))!);
        await Expect(box.Option(0).Locator("mark").First).ToBeVisibleAsync();

        await box.Input.PressAsync("Enter");

        await browser.Page.WaitForURLAsync(fixture.Server.Url("/features/kubectl-diff/"));
        await Expect(browser.Page.Locator("h1")).ToContainTextAsync("kubectl diff");
        Assert.Empty(browser.Errors);
    }

    [Fact(Timeout = 60_000)]
    public async Task StatefulSet_lists_the_StatefulSet_feature_page_first()
    {
        await using var browser = await fixture.OpenAsync("/releases/");
        var box = new SearchBox(browser.Page);

        await box.TypeAsync("StatefulSet");

        await box.ExpectFirstResultAsync("/repo/features/statefulset/");
        Assert.Empty(browser.Errors);
    }

    [Fact(Timeout = 60_000)]
    public async Task The_last_word_is_matched_as_a_prefix_while_typing()
    {
        await using var browser = await fixture.OpenAsync("/");
        var box = new SearchBox(browser.Page);

        await box.TypeAsync("statefuls");

        await box.ExpectFirstResultAsync("/repo/features/statefulset/");
    }

    [Fact(Timeout = 60_000)]
    public async Task A_Chinese_query_finds_a_Chinese_page_first()
    {
        await using var browser = await fixture.OpenAsync("/");
        var box = new SearchBox(browser.Page);

        await box.Input.FocusAsync();
        await box.Input.FillAsync("安全");

        await Expect(box.Listbox).ToBeVisibleAsync();
        await Expect(box.Option(0)).ToHaveAttributeAsync("lang", "zh-CN");
        await Expect(box.Option(0).Locator("mark").First).ToHaveTextAsync("安全");
        await box.Input.PressAsync("Enter");
        await browser.Page.WaitForURLAsync(url => url != fixture.Server.Url("/"));
        Assert.Equal("zh-CN", await browser.Page.Locator("html").GetAttributeAsync("lang"));
        Assert.Empty(browser.Errors);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_result_links_to_the_section_that_matches()
    {
        await using var browser = await fixture.OpenAsync("/");
        var box = new SearchBox(browser.Page);

        await box.TypeAsync("known issues");

        await box.ExpectFirstResultAsync("/repo/releases/v1.7/");
        await Expect(box.Option(0)).ToHaveAttributeAsync("href", "/repo/releases/v1.7/#notes-knownissues");
        await Expect(box.Option(0).Locator(".search-result__section")).ToContainTextAsync("Known Issues");
        await box.Input.PressAsync("Enter");
        await browser.Page.WaitForURLAsync(fixture.Server.Url("/releases/v1.7/") + "#notes-knownissues");
        await Expect(browser.Page.Locator("#notes-knownissues")).ToBeVisibleAsync();
    }

    [Fact(Timeout = 60_000)]
    public async Task On_a_Chinese_page_the_box_speaks_Chinese()
    {
        await using var browser = await fixture.OpenAsync("/docs/release-1.7-changelog.zh-CN/");
        var box = new SearchBox(browser.Page);
        Assert.Equal("zh-CN", await browser.Page.Locator("html").GetAttributeAsync("lang"));

        await box.TypeAsync("zzzz");

        await Expect(box.Status).ToHaveTextAsync("没有找到“zzzz”的结果。");
        await Expect(box.Status).ToBeVisibleAsync();
        await Expect(box.Listbox).ToBeHiddenAsync();
    }

    [Fact(Timeout = 60_000)]
    public async Task Slash_focuses_the_box_but_types_a_slash_in_a_field()
    {
        await using var browser = await fixture.OpenAsync("/search/");
        var box = new SearchBox(browser.Page);
        await Expect(box.Input).Not.ToBeFocusedAsync();

        await browser.Page.Keyboard.PressAsync("/");

        await Expect(box.Input).ToBeFocusedAsync();
        var pageInput = browser.Page.Locator("#search-page-input");
        await pageInput.FocusAsync();
        await browser.Page.Keyboard.PressAsync("/");
        await Expect(pageInput).ToHaveValueAsync("/");
        await Expect(box.Input).Not.ToBeFocusedAsync();
    }

    [Fact(Timeout = 60_000)]
    public async Task Arrow_keys_move_the_selection_Escape_closes_and_Enter_without_one_opens_the_search_page()
    {
        await using var browser = await fixture.OpenAsync("/");
        var box = new SearchBox(browser.Page);
        await box.TypeAsync("kubectl");
        await box.ExpectFirstResultAsync("/repo/features/kubectl-diff/");
        Assert.True(await box.Options.CountAsync() >= 3);

        await box.Input.PressAsync("ArrowDown");
        await ExpectSelectedAsync(box, 1);
        await box.Input.PressAsync("ArrowDown");
        await ExpectSelectedAsync(box, 2);
        await box.Input.PressAsync("ArrowUp");
        await ExpectSelectedAsync(box, 1);
        await box.Input.PressAsync("ArrowUp");
        await box.Input.PressAsync("ArrowUp");
        await Expect(box.Selected).ToHaveCountAsync(0);
        await Expect(box.Input).Not.ToHaveAttributeAsync("aria-activedescendant", new System.Text.RegularExpressions.Regex("."));

        await box.Input.PressAsync("Escape");
        await Expect(box.Listbox).ToBeHiddenAsync();
        await Expect(box.Input).ToHaveAttributeAsync("aria-expanded", "false");

        await box.Input.PressAsync("ArrowDown");
        await Expect(box.Listbox).ToBeVisibleAsync();
        await box.Input.PressAsync("ArrowUp");
        await Expect(box.Selected).ToHaveCountAsync(0);
        await box.Input.PressAsync("Enter");
        await browser.Page.WaitForURLAsync(fixture.Server.Url("/search/") + "?q=kubectl");
        await Expect(browser.Page.Locator("[data-search-page-results] .search-result").First).ToBeVisibleAsync();
        Assert.Empty(browser.Errors);
    }

    private static async Task ExpectSelectedAsync(SearchBox box, int index)
    {
        var option = box.Option(index);
        await Expect(option).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(box.Selected).ToHaveCountAsync(1);
        await Expect(box.Input).ToHaveAttributeAsync("aria-activedescendant", (await option.GetAttributeAsync("id"))!);
    }
}
