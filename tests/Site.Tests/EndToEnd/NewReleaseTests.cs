using Site.Web.Tests.Support;

namespace Site.Tests.EndToEnd;

/// <summary>
/// Adding a release's documents to seeds/ must give its pages and merges with no code change:
/// a v1.19 notes draft, an announcement with front matter and a Chinese changelog, all written
/// here, never seen by the project.
/// </summary>
public sealed class NewReleaseTests : IDisposable
{
    private readonly TempDirectory _root = new();

    public NewReleaseTests()
    {
        CopyFolder(Path.Combine(RepositoryPaths.Root, "input"), _root.Combine("input"));
        CopyFolder(Path.Combine(RepositoryPaths.Root, "seeds"), _root.Combine("seeds"));
        File.WriteAllText(_root.Combine("seeds/notes-next.md"), """
            ## Major Themes

            - Storage and networking improvements.

            ## Features

            - **Cloud Provider**
              - [stable] Support out-of-tree and out-of-process cloud providers ([kubernetes/features#88](https://github.com/kubernetes/features/issues/88))
            - **Storage**
              - [alpha] Volume health monitoring for persistent volumes ([kubernetes/features#1432](https://github.com/kubernetes/features/issues/1432))

            ## Known Issues

            - The v1.19.0 scheduler may log twice on start ([#90001](https://github.com/kubernetes/kubernetes/issues/90001))
            """);
        File.WriteAllText(_root.Combine("seeds/post-next.md"), """
            ---
            title: "Kubernetes 1.19: Accentuate the Paw-sitive"
            date: 2020-08-26
            url: /blog/2020/08/26/kubernetes-release-1.19-accentuate-the-paw-sitive
            ---
            Today we are announcing Kubernetes 1.19, with [volume health monitoring](/docs/concepts/storage/volume-health-monitoring/) as alpha and [storage capacity tracking](https://github.com/kubernetes/enhancements/issues/1472).

            Deprecation:

            - The `--insecure-port` flag is deprecated.
            """);
        File.WriteAllText(_root.Combine("seeds/changelog-next-zh.md"), """
            # Kubernetes 1.19 更新日志

            今天我们发布了Kubernetes 1.19，其中[卷健康监控](https://kubernetes.io/docs/concepts/storage/volume-health-monitoring/)为alpha特性，并且[存储容量跟踪](https://github.com/kubernetes/enhancements/issues/1472)。

            **弃用**

            - `--insecure-port` 参数已废弃。
            """);
    }

    [Fact]
    public void The_new_release_gets_its_pages_links_and_merges()
    {
        using var site = BuiltSite.Build(_root.Path);
        Assert.True(site.Result.Succeeded, site.Report);

        var release = site.Page("releases/v1.19/");
        var documents = release.QuerySelector("#documents")!.ParentElement!.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/docs/notes-next/", documents);
        Assert.Contains("/blog/2020/08/26/kubernetes-release-1.19-accentuate-the-paw-sitive/", documents);
        Assert.Contains("/docs/changelog-next-zh/", documents);
        Assert.Equal("2020-08-26", release.QuerySelector(".release__meta time")?.GetAttribute("datetime"));
        Assert.Contains("The v1.19.0 scheduler may log twice", release.QuerySelector("#notes-knownissues")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Contains("--insecure-port", release.QuerySelector("#notes-deprecations")!.ParentElement!.TextContent, StringComparison.Ordinal);

        // v1.18 now has a next release.
        Assert.Equal("/releases/v1.19/", site.Page("releases/v1.18/").QuerySelector("a[rel=next]")?.GetAttribute("href"));

        // The notes' #88 item merges into the existing feature, whose history gains v1.19 stable.
        var feature = site.Page(site.Page("features/").QuerySelectorAll("table a").Select(a => a.GetAttribute("href")!).First(h => h.StartsWith("/features/88-", StringComparison.Ordinal)));
        Assert.Contains(feature.QuerySelectorAll(".stage-track__step"), s => s.TextContent.Contains("v1.19", StringComparison.Ordinal) && s.TextContent.Contains("Stable", StringComparison.Ordinal));

        // A new feature gets its own page, filed under its group.
        var health = site.Page("features/").QuerySelectorAll("table tbody tr").Single(tr => tr.TextContent.Contains("Volume health monitoring", StringComparison.Ordinal));
        Assert.Equal("sig-storage", health.GetAttribute("data-sig"));

        // The Chinese changelog is zh-CN and paired with the announcement it translates.
        var chinese = site.Page("docs/changelog-next-zh/");
        Assert.Equal("zh-CN", chinese.DocumentElement.GetAttribute("lang"));
        Assert.Contains(chinese.QuerySelectorAll("link[rel=alternate][hreflang=en]"), l => l.GetAttribute("href") == "/blog/2020/08/26/kubernetes-release-1.19-accentuate-the-paw-sitive/");

        // The imported post's site-relative link goes to its origin.
        var post = site.Page("blog/2020/08/26/kubernetes-release-1.19-accentuate-the-paw-sitive/");
        Assert.Contains(post.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "https://kubernetes.io/docs/concepts/storage/volume-health-monitoring/");
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => _root.Dispose();
}
