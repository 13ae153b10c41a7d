using System.Xml.Linq;
using Site.Releases.Pages;
using Site.Web.Tests.Support;

namespace Site.Tests.EndToEnd;

/// <summary>
/// A project with a long release history: the home page shows the newest releases and links to
/// the index of all of them, and the feed holds the newest releases only. The seeds plus 45
/// releases written here (v2.0 … v2.44, each with front matter naming its release), and a feature
/// whose stage history names v2.45 without a date: a planned release, not the latest one.
/// </summary>
public sealed class LongHistoryTests : IDisposable
{
    private const int Added = 45;
    private readonly TempDirectory _root = new();

    public LongHistoryTests()
    {
        foreach (var folder in new[] { "input", "seeds" })
        {
            var from = Path.Combine(RepositoryPaths.Root, folder);
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var target = _root.Combine(Path.Combine(folder, Path.GetRelativePath(from, file)));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        for (var minor = 0; minor < Added; minor++)
        {
            File.WriteAllText(_root.Combine($"seeds/notes-2.{minor}.md"), $"""
                ---
                title: "Kubernetes v2.{minor} release notes"
                date: {new DateOnly(2021, 1, 1).AddDays(7 * minor):yyyy-MM-dd}
                release: v2.{minor}
                ---

                # Kubernetes v2.{minor}

                ## Features

                - [beta] Scheduler profile number {minor} ([kubernetes/features#{3000 + minor}](https://github.com/kubernetes/features/issues/{3000 + minor}))
                """);
        }

        File.WriteAllText(_root.Combine("seeds/planned.md"), $"""
            # Planned features

            ## node: sidecar containers

            - *v2.{Added}, beta*

            Sidecar containers start before the main containers of a pod.
            """);
    }

    [Fact]
    public void The_home_page_shows_the_newest_releases_and_the_feed_holds_the_newest_dated_only()
    {
        using var site = BuiltSite.Build(_root.Path);
        Assert.True(site.Result.Succeeded, site.Report);

        var all = site.Page("releases/").QuerySelectorAll("main a[href^='/releases/v']").Select(a => a.GetAttribute("href")).Distinct().ToList();
        Assert.Equal(15 + Added + 1, all.Count);

        var home = site.Page("index.html");
        var timeline = home.QuerySelectorAll(".timeline__item .timeline__version").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(20, timeline.Count);
        Assert.Equal($"/releases/v2.{Added}/", timeline[0]);
        Assert.Equal($"/releases/v2.{Added - 1}/", timeline[1]);
        Assert.Equal($"/releases/v2.{Added - 1}/", home.QuerySelector("#latest a")!.GetAttribute("href"));
        Assert.DoesNotContain("/releases/v1.18/", timeline);
        var more = home.QuerySelector(".timeline__all a")!;
        Assert.Equal("/releases/", more.GetAttribute("href"));
        Assert.Contains((15 + Added + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), more.TextContent, StringComparison.Ordinal);

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entries = XDocument.Parse(site.Text("feed.xml")).Root!.Elements(atom + "entry")
            .Select(e => e.Element(atom + "link")!.Attribute("href")!.Value).ToList();
        Assert.Equal(SiteFiles.FeedEntries, entries.Count);
        Assert.EndsWith($"/releases/v2.{Added - 1}/", entries[0], StringComparison.Ordinal);
        Assert.DoesNotContain(entries, e => e.EndsWith($"/releases/v2.{Added}/", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.EndsWith("/releases/v1.4/", StringComparison.Ordinal));
    }

    public void Dispose() => _root.Dispose();
}
