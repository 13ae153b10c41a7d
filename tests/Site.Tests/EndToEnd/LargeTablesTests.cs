using Site.Theme.Services;
using Site.Web.Tests.Support;

namespace Site.Tests.EndToEnd;

/// <summary>
/// The index pages' tables are rendered a few hundred rows at a time (TableRows). On a site with
/// more features, releases and documents than one part holds, every row is there once, in the
/// order the page lists them, and no marker is left in any page. The seeds plus 250 release notes
/// written here (v3.0 … v3.249), two features each.
/// </summary>
public sealed class LargeTablesTests : IDisposable
{
    private const int Added = 250;
    private readonly TempDirectory _root = new();

    public LargeTablesTests()
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
            // Titles in mixed case, so the documents table's case-blind order differs from the ordinal one.
            var title = minor % 2 == 0 ? $"kubernetes v3.{minor} notes" : $"Kubernetes v3.{minor} notes";
            File.WriteAllText(_root.Combine($"seeds/notes-3.{minor}.md"), $"""
                ---
                title: "{title}"
                date: {new DateOnly(2022, 1, 1).AddDays(minor):yyyy-MM-dd}
                release: v3.{minor}
                ---

                # Kubernetes v3.{minor}

                ## Features

                - [alpha] Volume snapshot policy number {minor} ([kubernetes/features#{5000 + minor}](https://github.com/kubernetes/features/issues/{5000 + minor}))
                - [beta] Ingress class rule number {minor} ([kubernetes/features#{6000 + minor}](https://github.com/kubernetes/features/issues/{6000 + minor}))
                """);
        }
    }

    [Fact]
    public void Tables_longer_than_a_part_list_every_row_once_in_order_and_leave_no_marker()
    {
        using var site = BuiltSite.Build(_root.Path);
        Assert.True(site.Result.Succeeded, site.Report);

        var featurePages = PagesUnder(site, "features");
        var featureRows = RowLinks(site, "features/");
        Assert.True(featureRows.Count > 2 * TableRows.RowsPerPart, $"only {featureRows.Count} feature rows");
        Assert.Equal(featurePages, featureRows.Order(StringComparer.Ordinal));

        var releaseRows = RowLinks(site, "releases/");
        Assert.Equal(PagesUnder(site, "releases"), releaseRows.Order(StringComparer.Ordinal));
        // Newest first across the parts' seams.
        var added = releaseRows.Where(href => href.StartsWith("/releases/v3.", StringComparison.Ordinal)).ToList();
        Assert.Equal(Enumerable.Range(0, Added).Reverse().Select(minor => $"/releases/v3.{minor}/"), added);

        var documentTitles = site.Page("docs/").QuerySelectorAll("main tbody tr th a").Select(a => a.TextContent).ToList();
        Assert.True(documentTitles.Count > Added, $"only {documentTitles.Count} document rows");
        Assert.Equal(documentTitles.Order(StringComparer.OrdinalIgnoreCase), documentTitles);

        foreach (var file in site.Files().Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain('\uFDD0', site.Text(file));
        }
    }

    private static List<string> RowLinks(BuiltSite site, string page)
        => site.Page(page).QuerySelectorAll("main tbody tr th a").Select(a => a.GetAttribute("href")!).ToList();

    // Every page under a section, as its URL ("/features/x/"), sorted; the section's own index is not one of them.
    private static List<string> PagesUnder(BuiltSite site, string section)
        => site.Files()
            .Where(f => f.StartsWith(section + "/", StringComparison.Ordinal) && f.EndsWith("/index.html", StringComparison.Ordinal) && f != section + "/index.html")
            .Select(f => "/" + f[..^"index.html".Length])
            .Order(StringComparer.Ordinal)
            .ToList();

    public void Dispose() => _root.Dispose();
}
