using System.Diagnostics;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Site.Tests.Preview;

/// <summary>In a real browser: an open page reloads by itself after an edit, and shows a failed build's errors.</summary>
[Collection(PreviewTests.Name)]
public sealed class PreviewBrowserTests(ITestOutputHelper log)
{
    private const float Timeout = 60_000;

    [Fact]
    public async Task An_open_page_reloads_by_itself_and_shows_the_new_text()
    {
        await using var preview = await RunningPreview.StartAsync();
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.Context.NewPageAsync();
        await page.GotoAsync(preview.PageOf(RunningPreview.DraftNotes).ToString());
        await WaitForListeningPageAsync(preview);
        // Survives only as long as this very document: a reload drops it.
        await page.EvaluateAsync("() => { window.loadedBeforeEdit = true; }");

        var clock = Stopwatch.StartNew();
        preview.WriteSeed(RunningPreview.DraftNotes, preview.ReadSeed(RunningPreview.DraftNotes) + "\n\nPreview marker browser-81c2.\n");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Preview marker browser-81c2.", new() { Timeout = Timeout });
        log.WriteLine($"edit to new text in the browser: {clock.ElapsedMilliseconds} ms");

        Assert.False(await page.EvaluateAsync<bool>("() => window.loadedBeforeEdit === true"), "the page changed without reloading");
    }

    [Fact]
    public async Task An_open_page_reconnects_after_the_server_restarts_and_reloads()
    {
        await using var preview = await RunningPreview.StartAsync();
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.Context.NewPageAsync();
        await page.GotoAsync(preview.PageOf(RunningPreview.DraftNotes).ToString());
        await WaitForListeningPageAsync(preview);
        await page.EvaluateAsync("() => { window.loadedBeforeRestart = true; }");

        await preview.RestartAsync();

        await page.WaitForFunctionAsync("() => window.loadedBeforeRestart !== true", null, new() { Timeout = Timeout });
        await WaitForListeningPageAsync(preview);
        Assert.Contains("Release notes", await page.TitleAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_edit_shows_the_errors_as_text_over_the_previous_page()
    {
        await using var preview = await RunningPreview.StartAsync();
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.Context.NewPageAsync();
        await page.GotoAsync(preview.PageOf(RunningPreview.DraftNotes).ToString());
        await WaitForListeningPageAsync(preview);
        var title = await page.TitleAsync();
        var original = preview.ReadSeed(RunningPreview.DraftNotes);

        preview.WriteSeed(RunningPreview.DraftNotes, PreviewReloadTests.BrokenFrontMatter + original);
        var overlay = page.Locator("#site-preview-errors");
        await Assertions.Expect(overlay).ToBeVisibleAsync(new() { Timeout = Timeout });

        await Assertions.Expect(overlay).ToContainTextAsync(RunningPreview.DraftNotes);
        // The error quotes the source line: its HTML is shown as text, never parsed.
        Assert.Contains("<img src=x onerror=alert(1)>", await overlay.TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#site-preview-errors img").CountAsync());
        Assert.Equal(title, await page.TitleAsync());

        // A reload still gets the previous site, and the overlay comes back with it.
        await page.ReloadAsync();
        Assert.Equal(title, await page.TitleAsync());
        await Assertions.Expect(overlay).ToBeVisibleAsync(new() { Timeout = Timeout });

        preview.WriteSeed(RunningPreview.DraftNotes, original + "\n\nPreview marker fixed-22b0.\n");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Preview marker fixed-22b0.", new() { Timeout = Timeout });
        await Assertions.Expect(overlay).ToHaveCountAsync(0);
    }

    // The page's socket must be open before the edit, or the test would only prove that a later load sees new text.
    private static async Task WaitForListeningPageAsync(RunningPreview preview)
    {
        var deadline = Stopwatch.StartNew();
        while (preview.Session.OpenPages == 0)
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(30), "the page never connected to the preview");
            await Task.Delay(50);
        }
    }
}
