using System.Diagnostics;
using System.Net;
using Xunit.Abstractions;

namespace Site.Tests.Preview;

/// <summary>Edits on disk reach open pages: a good build sends a new site id, a failed one its errors.</summary>
[Collection(PreviewTests.Name)]
public sealed class PreviewReloadTests(ITestOutputHelper log)
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Editing_a_seed_sends_a_reload_and_serves_the_new_page()
    {
        await using var preview = await RunningPreview.StartAsync();
        using var socket = await ReloadSocket.ConnectAsync(preview.Session.SocketUrl);
        var (loadedSite, loadedErrors) = await socket.ReceiveAsync(TimeSpan.FromSeconds(10));
        Assert.Null(loadedErrors);

        var clock = Stopwatch.StartNew();
        preview.WriteSeed(RunningPreview.DraftNotes, preview.ReadSeed(RunningPreview.DraftNotes) + "\n\nPreview marker socket-4d1e.\n");
        var (site, errors) = await socket.ReceiveAsync(BuildTimeout);
        log.WriteLine($"edit to reload message: {clock.ElapsedMilliseconds} ms");

        Assert.NotEqual(loadedSite, site);
        Assert.Null(errors);
        var page = await preview.Http.GetStringAsync(preview.PageOf(RunningPreview.DraftNotes));
        Assert.Contains("Preview marker socket-4d1e.", page, StringComparison.Ordinal);
        Assert.Contains($"data-site=\"{site}\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_burst_of_saves_is_one_rebuild()
    {
        await using var preview = await RunningPreview.StartAsync();
        var original = preview.ReadSeed(RunningPreview.DraftNotes);
        var build = preview.NextBuildAsync();

        for (var i = 0; i < 5; i++)
        {
            preview.WriteSeed(RunningPreview.DraftNotes, original + $"\n\nSave {i}.\n");
            // Vim-style swap files come and go around a save; they must not count.
            await File.WriteAllTextAsync(preview.SeedPath(".release-1.7-notes-draft.md.swp"), "swap");
            File.Delete(preview.SeedPath(".release-1.7-notes-draft.md.swp"));
        }

        await build.WaitAsync(BuildTimeout);
        var page = await preview.Http.GetStringAsync(preview.PageOf(RunningPreview.DraftNotes));
        Assert.Contains("Save 4.", page, StringComparison.Ordinal);

        // Nothing else changed: no further build may follow.
        var another = preview.NextBuildAsync();
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(another.IsCompleted, "a second build ran for one burst of saves");
        Assert.Single(preview.Output.ToString().Split('\n'), line => line.StartsWith("Changed:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_broken_edit_sends_its_errors_and_the_previous_site_stays_served()
    {
        await using var preview = await RunningPreview.StartAsync();
        using var socket = await ReloadSocket.ConnectAsync(preview.Session.SocketUrl);
        var (loadedSite, _) = await socket.ReceiveAsync(TimeSpan.FromSeconds(10));
        var original = preview.ReadSeed(RunningPreview.DraftNotes);

        preview.WriteSeed(RunningPreview.DraftNotes, BrokenFrontMatter + original);
        var (site, errors) = await socket.ReceiveAsync(BuildTimeout);

        Assert.Equal(loadedSite, site);
        Assert.NotNull(errors);
        Assert.Contains(RunningPreview.DraftNotes, errors, StringComparison.Ordinal);
        Assert.Contains("error", preview.Output.ToString(), StringComparison.Ordinal);
        using var response = await preview.Http.GetAsync(preview.PageOf(RunningPreview.DraftNotes));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("onerror", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Fixing the file clears the errors with a new site.
        preview.WriteSeed(RunningPreview.DraftNotes, original);
        var (fixedSite, fixedErrors) = await socket.ReceiveAsync(BuildTimeout);
        Assert.NotEqual(loadedSite, fixedSite);
        Assert.Null(fixedErrors);
    }

    /// <summary>Front matter whose quoted title never closes; its text is HTML that must stay text.</summary>
    internal const string BrokenFrontMatter = "---\ntitle: \"<img src=x onerror=alert(1)> unclosed\n---\n";
}
