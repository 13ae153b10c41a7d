using System.Security.Cryptography;
using Site.Cli.Build;
using Site.Cli.Preview;
using Site.Releases;
using Site.Releases.Pipelines;
using Site.Tests.Support;
using Site.Web.Tests.Support;

namespace Site.Tests.Preview;

/// <summary>
/// The preview rebuilds with a build cache: after each kind of edit its output folder must be
/// byte for byte what a full build of the same sources writes, and it must rewrite only the files
/// the edit changed. A failed rebuild leaves the site and the cache as the last good build left them.
/// </summary>
public sealed class IncrementalBuildTests
{
    private const string Announcement = "seeds/kubernetes-1.7-announcement.md";
    private const string NotesDraft = "seeds/release-1.7-notes-draft.md";
    private const string Collection = "seeds/kubernetes-features-and-releases.md";

    [Fact]
    public async Task After_every_kind_of_edit_the_rebuilt_site_equals_a_full_build()
    {
        using var root = new TempDirectory();
        SiteRoots.CopyTo(root.Path);
        using var rebuilder = new IncrementalSiteRebuilder(new BuildOptions { Root = root.Path, Quiet = true });
        await RebuildAndCompare(rebuilder, root, "first build");

        var edits = new (string What, Action<string> Edit)[]
        {
            ("prose appended to a paragraph", r => Edit(r, Announcement, text => AppendToFirstParagraph(text, " A sentence added while previewing."))),
            ("prose that mentions a feature", r => Edit(r, NotesDraft, text => AppendToFirstParagraph(text, " They also cover Local Storage."))),
            ("lines inserted above every fact of a document", r => Edit(r, Collection, text => InsertAfterFirstHeading(text, "An inserted paragraph.\n\nAnd another one."))),
            ("a feature's stage changed", r => Edit(r, Collection, text => ReplaceFirst(text, "alpha", "beta"))),
            ("a front matter title changed", r => Edit(r, Announcement, text => ReplaceFirst(text, "title: \"", "title: \"Retitled: "))),
            ("a new document that mentions a feature", r => File.WriteAllText(Path.Combine(r, "seeds", "added-note.md"), "# Added note\n\nOn Local Storage; see [the announcement](kubernetes-1.7-announcement.md).\n")),
            ("a mention switched to another feature", r => Edit(r, "seeds/added-note.md", text => ReplaceFirst(text, "Local Storage", "Encrypted secrets"))),
            ("a document deleted", r => File.Delete(Path.Combine(r, "seeds", "added-note.md"))),
            ("the site settings changed", r => Edit(r, "input/site.yml", text => ReplaceFirst(text, "title:", "title: Renamed"))),
        };
        foreach (var (what, edit) in edits)
        {
            edit(root.Path);
            await RebuildAndCompare(rebuilder, root, what);
        }
    }

    [Fact]
    public async Task A_prose_edit_rewrites_only_the_edited_page_and_the_search_files()
    {
        using var root = new TempDirectory();
        SiteRoots.CopyTo(root.Path);
        var output = Path.Combine(root.Path, "output");
        using var rebuilder = new IncrementalSiteRebuilder(new BuildOptions { Root = root.Path, Quiet = true });
        Assert.True((await rebuilder.BuildAsync(SiteChanges.All, default)).Succeeded);
        var before = Snapshot(output);

        Edit(root.Path, Announcement, text => text.TrimEnd() + "\n\nA closing remark added while previewing.\n");
        Assert.True((await rebuilder.BuildAsync(SiteChanges.All, default)).Succeeded);

        var after = Snapshot(output);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        var rewritten = after.Where(f => f.Value.Written != before[f.Key].Written).Select(f => f.Key).Order().ToList();
        var page = Assert.Single(rewritten, f => !f.StartsWith("search/", StringComparison.Ordinal));
        Assert.Contains("A closing remark added while previewing.", File.ReadAllText(Path.Combine(output, page)));
        Assert.All(rewritten.Where(f => f != page), f => Assert.NotEqual(before[f].Hash, after[f].Hash));
    }

    [Fact]
    public async Task A_file_the_watcher_names_is_read_again_even_when_its_length_and_time_are_unchanged()
    {
        using var root = new TempDirectory();
        SiteRoots.CopyTo(root.Path);
        var output = Path.Combine(root.Path, "output");
        using var rebuilder = new IncrementalSiteRebuilder(new BuildOptions { Root = root.Path, Quiet = true });
        Assert.True((await rebuilder.BuildAsync(SiteChanges.All, default)).Succeeded);

        // A save within the same tick of the file system's clock as the last one, of the same length.
        var file = Path.Combine(root.Path, Announcement);
        var (written, length) = (File.GetLastWriteTimeUtc(file), new FileInfo(file).Length);
        Edit(root.Path, Announcement, text => ReplaceFirst(text, "Kubernetes", "Qubernetes"));
        File.SetLastWriteTimeUtc(file, written);
        Assert.Equal(length, new FileInfo(file).Length);

        Assert.True((await rebuilder.BuildAsync(new SiteChanges([Announcement], Everything: false), default)).Succeeded);
        Assert.Contains(
            Directory.EnumerateFiles(output, "index.html", SearchOption.AllDirectories),
            f => File.ReadAllText(f).Contains("Qubernetes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failed_rebuild_leaves_the_site_as_it_was_and_the_next_good_one_is_complete()
    {
        using var root = new TempDirectory();
        SiteRoots.CopyTo(root.Path);
        var output = Path.Combine(root.Path, "output");
        using var rebuilder = new IncrementalSiteRebuilder(new BuildOptions { Root = root.Path, Quiet = true });
        Assert.True((await rebuilder.BuildAsync(SiteChanges.All, default)).Succeeded);
        var good = Snapshot(output);
        var original = File.ReadAllText(Path.Combine(root.Path, Announcement));

        Edit(root.Path, Announcement, text => text.TrimEnd() + "\n\nSee [nowhere](no-such-page.md).\n");
        var failed = await rebuilder.BuildAsync(SiteChanges.All, default);
        Assert.False(failed.Succeeded);
        Assert.Contains(failed.Diagnostics.Sorted(), d => d.Location?.Path == Announcement && d.Message.Contains("no-such-page.md", StringComparison.Ordinal));
        Assert.Equal(good.ToDictionary(f => f.Key, f => f.Value.Hash), Snapshot(output).ToDictionary(f => f.Key, f => f.Value.Hash));

        File.WriteAllText(Path.Combine(root.Path, Announcement), original + "\nA fixed ending.\n");
        await RebuildAndCompare(rebuilder, root, "the fix after a failed build");
    }

    [Fact]
    public async Task A_rebuild_with_a_new_catalog_lets_the_last_one_go()
    {
        // Pages the preview keeps from build to build must not hold on to the catalog they were
        // made with (a source page once held its release, which reaches every feature and release):
        // each catalog change would keep another whole catalog alive for the rest of the session.
        using var root = new TempDirectory();
        SiteRoots.CopyTo(root.Path);
        using var rebuilder = new IncrementalSiteRebuilder(new BuildOptions { Root = root.Path, Quiet = true });
        var first = await ReleasesOfBuild(rebuilder);

        Edit(root.Path, Collection, text => ReplaceFirst(text, "alpha", "beta"));
        await ReleasesOfBuild(rebuilder);
        Edit(root.Path, Collection, text => InsertAfterFirstHeading(text, "An inserted paragraph."));
        await ReleasesOfBuild(rebuilder);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.DoesNotContain(first, release => release.IsAlive);
    }

    [Fact]
    public async Task A_stage_edit_changes_the_pages_that_show_stages_but_not_the_documents_index()
    {
        // A page is rendered again only when its fingerprint changes: the documents index lists
        // documents, not stages, so a stage edit must leave its fingerprint alone.
        using var root = new TempDirectory();
        SiteRoots.CopyTo(root.Path);
        using var rebuilder = new IncrementalSiteRebuilder(new BuildOptions { Root = root.Path, Quiet = true });
        var before = await GeneratedPagePrints(rebuilder);

        Edit(root.Path, Collection, text => ReplaceFirst(text, "alpha", "beta"));
        var after = await GeneratedPagePrints(rebuilder);

        Assert.Equal(before["docs/index.html"], after["docs/index.html"]);
        Assert.NotEqual(before["features/index.html"], after["features/index.html"]);
        Assert.Contains(after, page => page.Key.StartsWith("features/", StringComparison.Ordinal) && page.Key != "features/index.html" && page.Value != before[page.Key]);
    }

    private static async Task<Dictionary<string, long>> GeneratedPagePrints(IncrementalSiteRebuilder rebuilder)
    {
        var result = await rebuilder.BuildAsync(new SiteChanges([], Everything: false), default);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Sorted().Take(5)));
        return result.Engine!.Outputs[SitePipelines.GeneratedPages]
            .Where(page => page.TryGet(Site.Web.WebKeys.PageFingerprint, out _))
            .ToDictionary(page => page.Destination!, page => page.Get(Site.Web.WebKeys.PageFingerprint), StringComparer.Ordinal);
    }

    // The catalog's releases (each reaches the others, its features and their groups). A separate
    // method, so no local of the caller's frame keeps them alive.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static async Task<List<WeakReference>> ReleasesOfBuild(IncrementalSiteRebuilder rebuilder)
    {
        var result = await rebuilder.BuildAsync(new SiteChanges([], Everything: false), default);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Sorted().Take(5)));
        var catalog = Assert.Single(result.Engine!.Outputs[ContentPipelines.Catalog]).Get(ReleaseKeys.Catalog);
        return [.. catalog.Releases.Select(r => new WeakReference(r))];
    }

    private static async Task RebuildAndCompare(IncrementalSiteRebuilder rebuilder, TempDirectory root, string what)
    {
        // No changed paths named: the rebuild must notice edits by the files' lengths and times alone.
        var rebuilt = await rebuilder.BuildAsync(new SiteChanges([], Everything: false), default);
        Assert.True(rebuilt.Succeeded, $"{what}: {string.Join('\n', rebuilt.Diagnostics.Sorted().Take(5))}");
        var full = root.Combine("full-build");
        var reference = await SiteBuilder.RunAsync(new BuildOptions { Root = root.Path, Output = full, Quiet = true });
        Assert.True(reference.Succeeded, what);

        var expected = Snapshot(full);
        var actual = Snapshot(Path.Combine(root.Path, "output"));
        Assert.True(expected.Keys.Order().SequenceEqual(actual.Keys.Order()),
            $"{what}: files differ: only in the full build {string.Join(", ", expected.Keys.Except(actual.Keys).Take(5))}; only in the preview {string.Join(", ", actual.Keys.Except(expected.Keys).Take(5))}");
        var different = expected.Keys.Where(f => expected[f].Hash != actual[f].Hash).Order().ToList();
        Assert.True(different.Count == 0, $"{what}: {different.Count} files differ from a full build, e.g. {string.Join(", ", different.Take(5))}");
    }

    private static Dictionary<string, (string Hash, DateTime Written)> Snapshot(string folder)
        => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f).Replace('\\', '/'),
            f => (Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), File.GetLastWriteTimeUtc(f)),
            StringComparer.Ordinal);

    private static void Edit(string root, string file, Func<string, string> change)
    {
        var path = Path.Combine(root, file);
        var text = File.ReadAllText(path);
        var changed = change(text);
        Assert.NotEqual(text, changed);
        File.WriteAllText(path, changed);
    }

    private static string ReplaceFirst(string text, string find, string replacement)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' not found");
        return text[..at] + replacement + text[(at + find.Length)..];
    }

    // The first line of plain prose after the front matter: starts with a letter.
    private static string AppendToFirstParagraph(string text, string sentence)
    {
        var lines = text.Split('\n').ToList();
        var start = lines[0].Trim() == "---" ? lines.FindIndex(1, l => l.Trim() == "---") + 1 : 0;
        var index = lines.FindIndex(start, l => l.Length > 0 && char.IsLetter(l[0]));
        Assert.True(index >= 0);
        lines[index] = lines[index].TrimEnd() + sentence;
        return string.Join('\n', lines);
    }

    private static string InsertAfterFirstHeading(string text, string paragraph)
    {
        var lines = text.Split('\n').ToList();
        var index = lines.FindIndex(l => l.StartsWith('#'));
        Assert.True(index >= 0);
        lines.Insert(index + 1, "\n" + paragraph + "\n");
        return string.Join('\n', lines);
    }
}
