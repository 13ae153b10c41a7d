using System.Runtime.CompilerServices;
using Site.Releases.Model;
using Site.Web.Markdown;
using Site.Web.Pages;
using Site.Web.Text;

namespace Site.Releases.Pages;

/// <summary>
/// One number for everything a page shows — its view and its chrome — so a rebuild renders only
/// pages whose number changed. Whatever a template prints must be hashed here; what it does not
/// print need not be. <paramref name="site"/> covers what every page shows (settings, assets, base path).
/// </summary>
public static class PageFingerprint
{
    public static long Of(PageView view, PageChrome chrome, long site)
    {
        var hash = new Fingerprint().Add(site).Add(view.GetType().Name);
        Chrome(hash, chrome);
        switch (view)
        {
            case SourcePageView source:
                hash.Add(source.InputKey).Add(source.Document.Title).Add((long)source.Document.Kind).Add(source.TitleInBody)
                    .Add(source.Document.Date?.DayNumber ?? -1).Add(Version(source.Release?.Version));
                foreach (var (language, translation) in source.Document.Translations.OrderBy(t => t.Key, StringComparer.Ordinal))
                {
                    hash.Add(language).Add(translation.Url).Add(translation.Title);
                }

                break;
            case ReleasePageView release:
                Release(hash, release);
                break;
            case FeaturePageView feature:
                Feature(hash, feature.Feature, detailed: true);
                hash.Add(feature.DescriptionHtml);
                foreach (var mention in feature.MentionedIn)
                {
                    hash.Add(mention.Title).Add(mention.Url).Add(mention.Language);
                }

                break;
            case SigPageView sig:
                Sig(hash, sig.Sig);
                foreach (var feature in sig.Sig.Features)
                {
                    Feature(hash, feature, detailed: false);
                }

                break;
            case DocsIndexView docs:
                // Lists the documents only: a stage edit elsewhere does not redo it.
                Documents(hash, docs.Catalog);
                break;
            case CatalogView index:
                Catalog(hash, index.Catalog);
                break;
        }

        return hash.Value;
    }

    private static void Chrome(Fingerprint hash, PageChrome chrome)
    {
        hash.Add(chrome.Title).Add(chrome.Url).Add(chrome.Language).Add(chrome.Description).Add(chrome.Section).Add(chrome.Template)
            .Add(chrome.Source?.Path).Add(chrome.Source?.Line ?? -1).Add(chrome.LastUpdated?.UtcTicks ?? -1);
        foreach (var crumb in chrome.Breadcrumbs)
        {
            hash.Add(crumb.Title).Add(crumb.Url);
        }

        foreach (var heading in chrome.OnThisPage)
        {
            hash.Add(heading.Level).Add(heading.Text).Add(heading.Id);
        }

        foreach (var (language, url) in chrome.Alternates.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            hash.Add(language).Add(url);
        }
    }

    private static void Release(Fingerprint hash, ReleasePageView view)
    {
        var release = view.Release;
        hash.Add(Version(release.Version)).Add(release.Date?.DayNumber ?? -1).Add(view.SummaryHtml)
            .Add(Version(release.Previous?.Version)).Add(Version(release.Next?.Version));
        foreach (var theme in view.Themes)
        {
            hash.Add(theme.Label);
            foreach (var item in theme.ItemsHtml)
            {
                hash.Add(item);
            }
        }

        foreach (var group in view.FeaturesBySig)
        {
            hash.Add(group.Sig?.Name).Add(group.Sig?.DisplayName);
            foreach (var entry in group.Features)
            {
                hash.Add(entry.Feature.Id).Add(entry.Feature.Title).Add(entry.Feature.Number ?? -1).Add((long)entry.Stage).Add(entry.Source.Href).Add(entry.Source.SourcePath).Add(entry.Source.Line);
            }
        }

        foreach (var note in view.Notes)
        {
            hash.Add((long)note.Kind).Add(note.Heading).Add(note.Source.Href).Add(note.Source.SourcePath).Add(note.Source.Line);
            foreach (var item in note.ItemsHtml)
            {
                hash.Add(item);
            }
        }

        foreach (var document in release.Documents)
        {
            hash.Add(document.Title).Add(document.Url).Add(document.Language).Add((long)document.Kind);
        }

        foreach (var section in release.Sections)
        {
            hash.Add(section.Href).Add(section.SourcePath);
        }
    }

    private static void Feature(Fingerprint hash, Feature feature, bool detailed)
    {
        hash.Add(feature.Id).Add(feature.Title).Add(feature.Sig?.Name).Add(feature.Sig?.DisplayName);
        if (!detailed)
        {
            // Index and group pages show a feature's releases and stages only.
            hash.Add(TimelinePrints.GetValue(feature.Timeline, TimelinePrint).Value);
            return;
        }

        foreach (var point in feature.Timeline)
        {
            hash.Add(Version(point.Release)).Add((long)point.Stage)
                .Add(point.Date?.DayNumber ?? -1).Add(point.Source.Href).Add(point.Source.SourcePath).Add(point.Source.Line);
        }

        hash.Add(feature.Number ?? -1).Add(feature.IssueUrl);
        foreach (var alias in feature.Aliases)
        {
            hash.Add(alias);
        }

        foreach (var reference in feature.References)
        {
            hash.Add(reference.Text).Add(reference.Url);
        }

        foreach (var source in feature.DefinedIn)
        {
            hash.Add(source.Href).Add(source.SourcePath).Add(source.Line);
        }
    }

    /// <summary>A release number as one value (no string made): major and minor fit in 32 bits each; none is -1.</summary>
    private static long Version(ReleaseVersion? version) => version is { } v ? ((long)v.Major << 32) | (uint)v.Minor : -1;

    private static void Sig(Fingerprint hash, Sig sig)
        => hash.Add(sig.Name).Add(sig.DisplayName).Add(sig.Retired).Add(sig.Listed).Add(sig.Features.Count);

    private static readonly int StageCount = Enum.GetValues<Stage>().Length;

    // Index pages and the home page show a little of everything; that is hashed once per catalog.
    private static readonly ConditionalWeakTable<Model.Catalog, StrongBox<long>> CatalogPrints = new();

    private static void Catalog(Fingerprint hash, Model.Catalog catalog)
        => hash.Add(CatalogPrints.GetValue(catalog, c => new StrongBox<long>(CatalogPrint(c))).Value);

    private static long CatalogPrint(Model.Catalog catalog)
    {
        var hash = new Fingerprint();
        Span<long> perStage = stackalloc long[StageCount];
        foreach (var release in catalog.Releases)
        {
            hash.Add(Version(release.Version)).Add(release.Date?.DayNumber ?? -1).Add(release.SummaryHtml).Add(release.Features.Count);
            perStage.Clear();
            foreach (var entry in release.Features)
            {
                perStage[(int)entry.Stage]++;
            }

            foreach (var count in perStage)
            {
                hash.Add(count);
            }
        }

        foreach (var feature in catalog.Features)
        {
            Feature(hash, feature, detailed: false);
            foreach (var alias in feature.Aliases)
            {
                hash.Add(alias);
            }
        }

        foreach (var sig in catalog.Sigs)
        {
            Sig(hash, sig);
        }

        Documents(hash, catalog);
        return hash.Value;
    }

    // A feature the catalog made of the same facts as last build has the very timeline list of last
    // build (see CatalogBuilder): in a preview, only the timelines of changed features are hashed again.
    private static readonly ConditionalWeakTable<IReadOnlyList<StagePoint>, StrongBox<long>> TimelinePrints = new();

    private static StrongBox<long> TimelinePrint(IReadOnlyList<StagePoint> timeline)
    {
        var hash = new Fingerprint();
        foreach (var point in timeline)
        {
            hash.Add(Version(point.Release)).Add((long)point.Stage);
        }

        return new StrongBox<long>(hash.Value);
    }

    private static void Documents(Fingerprint hash, Model.Catalog catalog)
    {
        foreach (var document in catalog.Documents)
        {
            hash.Add(document.Title).Add(document.Url).Add(document.Language).Add((long)document.Kind).Add(Version(document.Release));
        }
    }
}
