using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Site.Tests.Browser;

/// <summary>The search box in a page's header and its list of results, as a reader meets them.</summary>
internal sealed class SearchBox(IPage page)
{
    public ILocator Input => page.Locator("#site-search-input");

    public ILocator Listbox => page.Locator("#site-search-results");

    public ILocator Options => Listbox.Locator("[role=option]");

    public ILocator Selected => Listbox.Locator("[role=option][aria-selected=true]");

    public ILocator Status => page.Locator("#site-search-status");

    public ILocator Option(int index) => Options.Nth(index);

    public ILocator Title(int index) => Option(index).Locator(".search-result__title");

    /// <summary>Types as a reader does, key by key (each key an input event), after focusing the box.</summary>
    public async Task TypeAsync(string text)
    {
        await Input.FocusAsync();
        await Input.PressSequentiallyAsync(text);
    }

    /// <summary>
    /// Waits until the list answers what is in the box now (not a query typed on the way) and its
    /// first result links to href (a page URL, with or without an anchor).
    /// </summary>
    public async Task ExpectFirstResultAsync(string href)
    {
        await Assertions.Expect(Listbox).ToHaveAttributeAsync("data-query", (await Input.InputValueAsync()).Trim());
        await Assertions.Expect(Listbox).ToBeVisibleAsync();
        await Assertions.Expect(Option(0)).ToHaveAttributeAsync("href", new Regex("^" + Regex.Escape(href) + "(#.*)?$"));
    }
}
