using AngleSharp.Dom;

namespace Site.Tests.EndToEnd;

/// <summary>
/// Builds the real seeds and checks what a reader finds: release pages v1.4–v1.18, merged features
/// with their stage history, groups, cross-links, the source documents in both languages.
/// Expected facts are read off the seed documents themselves.
/// </summary>
public sealed class SeedSiteTests(SeedSiteFixture fixture) : IClassFixture<SeedSiteFixture>
{
    private BuiltSite Site => fixture.Site;

    [Fact]
    public void The_build_succeeds_without_errors_or_warnings()
    {
        Assert.True(Site.Result.Succeeded, Site.Report);
        Assert.Equal(0, Site.Result.Diagnostics.WarningCount);
    }

    [Fact]
    public void Every_release_the_documents_speak_of_has_a_page_and_the_index_lists_them_newest_first()
    {
        var expected = Enumerable.Range(4, 15).Select(minor => $"v1.{minor}").Reverse().ToList();
        foreach (var version in expected)
        {
            Assert.True(Site.Exists($"releases/{version}/index.html"), version);
        }

        var listed = Site.Page("releases/").QuerySelectorAll("main table tbody th a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(expected, listed);
    }

    [Fact]
    public void The_v1_7_release_page_brings_together_everything_the_documents_say()
    {
        var page = Site.Page("releases/v1.7/");
        var main = page.QuerySelector("main")!;

        Assert.Equal("2017-06-30", main.QuerySelector(".release__meta time")?.GetAttribute("datetime"));
        Assert.Contains("Kubernetes 1.7 is a milestone release", main.TextContent, StringComparison.Ordinal);

        // Features grouped by SIG with a stage badge, from the notes draft (e.g. "[alpha] HPA Status Conditions" under Autoscaling).
        var autoscaling = main.QuerySelector("h3#sig-autoscaling")!;
        var hpa = FeatureItems(autoscaling).Single(li => li.TextContent.Contains("HPA Status Conditions", StringComparison.Ordinal));
        Assert.Equal("Alpha", hpa.QuerySelector(".badge")!.TextContent.Trim());

        // Known issues from the notes draft, deprecations from the announcement.
        Assert.Contains("Kubectl API discovery caching", main.QuerySelector("#notes-knownissues")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Third Party Resource (TPR)", main.QuerySelector("#notes-deprecations")!.ParentElement!.TextContent, StringComparison.Ordinal);

        // Links to all four documents about the release, and to the previous and next release.
        var documents = main.QuerySelector("#documents")!.ParentElement!.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/docs/release-1.7-notes-draft/", documents);
        Assert.Contains("/blog/2017/06/Kubernetes-1-7-Security-Hardening-Stateful-Application-Extensibility-Updates/", documents);
        Assert.Contains("/docs/release-1.7-changelog.zh-CN/", documents);
        Assert.Contains("/docs/release-1.7-upgrade-analysis.zh-CN/", documents);
        Assert.Equal("/releases/v1.6/", main.QuerySelector("a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal("/releases/v1.8/", main.QuerySelector("a[rel=next]")?.GetAttribute("href"));
    }

    [Fact]
    public void The_cloud_provider_feature_merges_the_notes_item_with_the_collection_entry()
    {
        var page = FeaturePage("88-");
        var rows = page.QuerySelectorAll("#timeline ~ .table-wrap tbody tr")
            .Select(tr => (Release: tr.Children[0].QuerySelector("a")!.TextContent, Stage: tr.Children[1].TextContent.Trim(), Source: tr.Children[2].TextContent))
            .ToList();

        Assert.Contains(("v1.7", "Alpha"), rows.Select(r => (r.Release, r.Stage)));
        Assert.Contains(rows, r => r is { Release: "v1.7" } && r.Source.StartsWith("seeds/release-1.7-notes-draft.md:", StringComparison.Ordinal));
        Assert.Contains(rows, r => r is { Release: "v1.10", Stage: "Alpha" } && r.Source.StartsWith("seeds/kubernetes-features-and-releases.md:", StringComparison.Ordinal));
        Assert.Contains(rows, r => r is { Release: "v1.14", Stage: "Beta" });
        Assert.Equal("https://github.com/kubernetes/enhancements/issues/88", page.QuerySelector(".feature__meta a[href*='issues/88']")?.GetAttribute("href"));
        Assert.Equal("/sigs/sig-cloud-provider/", page.QuerySelector(".feature__meta a[href^='/sigs/']")?.GetAttribute("href"));
    }

    [Fact]
    public void Kubectl_diff_goes_from_beta_in_v1_13_to_stable_in_v1_18_and_its_code_spans_link_to_it()
    {
        var page = FeaturePage("kubectl-diff");
        var steps = page.QuerySelectorAll(".stage-track__step").Select(s => s.TextContent.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.Equal([["v1.13", "Beta"], ["v1.18", "Stable"]], steps.Select(s => s.ToArray()).ToList());

        // In the collection, the code span `kubectl diff` links to the feature page.
        var collection = Site.Page("docs/kubernetes-features-and-releases/");
        Assert.Contains(collection.QuerySelectorAll("main a.xref"), a => a.GetAttribute("href") == "/features/kubectl-diff/" && a.QuerySelector("code")?.TextContent == "kubectl diff");

        // Pages that mention it are listed on it.
        Assert.Contains(page.QuerySelectorAll("#mentions ~ ul a"), a => a.GetAttribute("href") == "/docs/kubernetes-features-and-releases/");
    }

    [Fact]
    public void Feature_issue_links_in_the_notes_also_lead_to_the_feature_page()
    {
        var notes = Site.Page("docs/release-1.7-notes-draft/");
        var issueLink = notes.QuerySelectorAll("main a").First(a => a.TextContent == "kubernetes/features#264");
        var extra = issueLink.NextElementSibling;
        Assert.NotNull(extra);
        Assert.StartsWith("/features/264-", extra.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public void Release_numbers_in_prose_link_to_release_pages_but_never_inside_code()
    {
        var collection = Site.Page("docs/kubernetes-features-and-releases/");
        Assert.Contains(collection.QuerySelectorAll("main p a.xref"), a => a.GetAttribute("href") == "/releases/v1.13/" && a.TextContent == "Kubernetes 1.13");
        Assert.DoesNotContain(collection.QuerySelectorAll("main pre a, main code a"), _ => true);
    }

    [Fact]
    public void Groups_come_from_the_list_with_retired_ones_marked_and_own_their_features()
    {
        var index = Site.Page("sigs/");
        var bigData = index.QuerySelectorAll(".sig-grid__item").Single(li => li.QuerySelector(".sig-grid__name")!.TextContent == "sig-big-data");
        Assert.NotNull(bigData.QuerySelector(".badge--retired"));

        var cli = Site.Page("sigs/sig-cli/");
        Assert.Contains(cli.QuerySelectorAll("main table a"), a => a.GetAttribute("href") == "/features/kubectl-diff/");
    }

    [Fact]
    public void The_announcement_lives_at_its_front_matter_url_and_its_site_relative_links_go_to_kubernetes_io()
    {
        var page = Site.Page("blog/2017/06/Kubernetes-1-7-Security-Hardening-Stateful-Application-Extensibility-Updates/");
        var networkPolicy = page.QuerySelectorAll("main a").First(a => a.TextContent == "The Network Policy API");
        Assert.Equal("https://kubernetes.io/docs/concepts/services-networking/network-policies/", networkPolicy.GetAttribute("href"));
    }

    [Fact]
    public void Chinese_documents_are_zh_CN_with_Chinese_interface_and_alternates_to_their_English_original()
    {
        var changelog = Site.Page("docs/release-1.7-changelog.zh-CN/");
        Assert.Equal("zh-CN", changelog.DocumentElement.GetAttribute("lang"));
        Assert.Contains(changelog.QuerySelectorAll(".site-nav a"), a => a.TextContent == "版本");
        Assert.Contains(changelog.QuerySelectorAll("link[rel=alternate][hreflang=en]"),
            l => l.GetAttribute("href") == "/blog/2017/06/Kubernetes-1-7-Security-Hardening-Stateful-Application-Extensibility-Updates/");

        var announcement = Site.Page("blog/2017/06/Kubernetes-1-7-Security-Hardening-Stateful-Application-Extensibility-Updates/");
        Assert.Contains(announcement.QuerySelectorAll("link[rel=alternate][hreflang=zh-CN]"), l => l.GetAttribute("href") == "/docs/release-1.7-changelog.zh-CN/");

        var analysis = Site.Page("docs/release-1.7-upgrade-analysis.zh-CN/");
        Assert.Contains(analysis.QuerySelectorAll("link[rel=alternate][hreflang=en]"), l => l.GetAttribute("href") == "/docs/release-1.7-notes-draft/");
    }

    [Fact]
    public void Every_page_has_an_edit_link_to_its_source_file_and_line_on_github()
    {
        var notes = Site.Page("docs/release-1.7-notes-draft/");
        Assert.Equal("https://github.com/kubernetes-releases/site/edit/main/seeds/release-1.7-notes-draft.md", notes.QuerySelector(".page-meta__edit")?.GetAttribute("href"));

        var feature = FeaturePage("kubectl-diff");
        Assert.Matches(@"^https://github\.com/kubernetes-releases/site/blob/main/seeds/kubernetes-features-and-releases\.md#L\d+$", feature.QuerySelector(".page-meta__source")?.GetAttribute("href"));
    }

    [Fact]
    public void The_on_this_page_list_has_the_same_anchors_as_the_markdown_toc_block()
    {
        var collection = Site.Page("docs/kubernetes-features-and-releases/");
        var onThisPage = collection.QuerySelectorAll(".toc__list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("#feature--design", onThisPage);
        Assert.Contains("#v118-03252020", onThisPage);
        Assert.Contains("#sigs--ugs--wgs", onThisPage);
        foreach (var href in onThisPage)
        {
            Assert.NotNull(collection.GetElementById(Uri.UnescapeDataString(href![1..])));
        }
    }

    [Fact]
    public void Home_feed_sitemap_robots_and_the_rest_are_written()
    {
        var home = Site.Page("index.html");
        Assert.Contains(home.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/releases/v1.18/");
        foreach (var file in new[] { "404.html", "sitemap.xml", "feed.xml", "robots.txt", ".nojekyll", "features/index.html", "sigs/index.html", "docs/index.html" })
        {
            Assert.True(Site.Exists(file), file);
        }

        var feed = System.Xml.Linq.XDocument.Parse(Site.Text("feed.xml"));
        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal(15, feed.Root!.Elements(atom + "entry").Count());
        Assert.Contains("/releases/v1.7/", Site.Text("sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Titles_are_text_everywhere_and_headings_carry_their_anchor_link()
    {
        var notes = Site.Page("docs/release-1.7-notes-draft/");
        var heading = notes.QuerySelector("main h2#known-issues")!;
        Assert.Equal("#known-issues", heading.QuerySelector("a.heading-anchor")?.GetAttribute("href"));
    }

    [Fact]
    public void A_feature_listed_twice_on_a_release_page_lists_its_stages_in_the_order_of_its_timeline()
    {
        // v1.7: the collection has one feature in alpha where the notes draft already says beta.
        var twice = 0;
        foreach (var release in Site.Files().Where(f => f.StartsWith("releases/v", StringComparison.Ordinal)))
        {
            var items = Site.Page(release).QuerySelectorAll("ul.feature-list li")
                .Select(li => (Feature: li.QuerySelector("a")!.GetAttribute("href")!, Stage: StageOf(li.QuerySelector(".badge")!)))
                .ToList();
            for (var i = 1; i < items.Count; i++)
            {
                if (items[i].Feature == items[i - 1].Feature)
                {
                    twice++;
                    Assert.True(items[i - 1].Stage < items[i].Stage, $"{release}: {items[i].Feature} lists {items[i - 1].Stage} before {items[i].Stage}");
                }
            }
        }

        Assert.True(twice > 0, "no release page lists a feature twice");
    }

    private static global::Site.Releases.Model.Stage StageOf(IElement badge)
        => Enum.GetValues<global::Site.Releases.Model.Stage>().Single(stage => badge.ClassList.Contains("badge--" + global::Site.Releases.Model.StageNames.Id(stage)));

    private IDocument FeaturePage(string idPrefix)
    {
        var index = Site.Page("features/");
        var href = index.QuerySelectorAll("table a").Select(a => a.GetAttribute("href")!).First(h => h.StartsWith("/features/" + idPrefix, StringComparison.Ordinal));
        return Site.Page(href);
    }

    private static IEnumerable<IElement> FeatureItems(IElement sigHeading)
        => sigHeading.NextElementSibling!.QuerySelectorAll("li");
}
