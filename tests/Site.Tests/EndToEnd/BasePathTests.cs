using Site.Web.Tests.Support;

namespace Site.Tests.EndToEnd;

/// <summary>GitHub Pages project sites live under /repo/: every internal link and asset must carry it.</summary>
public sealed class BasePathTests
{
    [Fact]
    public void Under_a_base_path_every_internal_link_and_asset_starts_with_it_and_the_check_passes()
    {
        using var site = BuiltSite.Build(RepositoryPaths.Root, "/repo/");
        Assert.True(site.Result.Succeeded, site.Report);

        foreach (var file in site.Files().Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var page = site.Page(file);
            var references = page.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!)
                .Concat(page.QuerySelectorAll("script[src], img[src]").Select(e => e.GetAttribute("src")!));
            foreach (var reference in references.Where(r => r.StartsWith('/') && !r.StartsWith("//", StringComparison.Ordinal)))
            {
                Assert.True(reference.StartsWith("/repo/", StringComparison.Ordinal), $"{file}: {reference}");
            }
        }
    }
}
