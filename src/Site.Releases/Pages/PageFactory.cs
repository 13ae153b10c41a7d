using Site.Engine.Documents;
using Site.Releases.Linking;
using Site.Releases.Model;
using Site.Web;
using Site.Web.Caching;
using Site.Web.Git;
using Site.Web.Html;
using Site.Web.Markdown;
using Site.Web.Pages;
using Site.Web.Text;

namespace Site.Releases.Pages;

/// <summary>
/// Makes the generated pages — release, feature, group, index, home, search, 404 — as documents
/// carrying their view model, their chrome (title, breadcrumbs, source) and their text for search.
/// </summary>
/// <param name="cache">With a build cache (the preview), linked HTML is reused while the text and the link terms stay the same.</param>
public sealed class PageFactory(ISiteText text, string siteLanguage, GitHistory git, CrossLinker linker, BuildCache? cache = null)
{
    public const string TemplateFolder = "theme/Pages/";

    private string T(string key) => text.Get(key, siteLanguage);

    private string F(string key, params object[] arguments) => text.Format(key, siteLanguage, arguments);

    private Crumb Home => new(T("nav.home"), "/");

    public IEnumerable<Document> All(Model.Catalog catalog, IReadOnlyList<Document> sourcePages)
    {
        var mentions = MentionsByFeature(sourcePages);
        var featureContext = cache is null ? 0 : FeaturePageContext();
        yield return Page(new HomePageView(catalog), new PageChrome(T("nav.home"), "/", siteLanguage) { Template = TemplateFolder + "HomePage.razor" },
            [new TextSection(null, T("nav.home"), string.Join(' ', catalog.Releases.Select(r => r.Version.ToString())))]);
        yield return Page(new ReleaseIndexView(catalog), Chrome(T("releases.title"), "/releases/", "releases", "ReleaseIndexPage.razor", [Home]), []);
        yield return Page(new FeatureIndexView(catalog), Chrome(T("features.title"), "/features/", "features", "FeatureIndexPage.razor", [Home]), []);
        yield return Page(new SigIndexView(catalog), Chrome(T("sigs.title"), "/sigs/", "sigs", "SigIndexPage.razor", [Home]), []);
        yield return Page(new DocsIndexView(catalog), Chrome(T("docs.title"), "/docs/", "docs", "DocsIndexPage.razor", [Home]), []);
        yield return Page(new SearchPageView(), Chrome(T("search.title"), "/search/", "search", "SearchPage.razor", [Home]) with { ExcludeFromSearch = true }, []);
        yield return new Document(null, "404.html", Metadata.Empty
            .With(PageKeys.View, (PageView)new NotFoundView())
            .With(WebKeys.Chrome, new PageChrome(T("notfound.title"), "/404.html", siteLanguage)
            {
                Template = TemplateFolder + "NotFoundPage.razor",
                ExcludeFromSearch = true,
                ExcludeFromSitemap = true,
            }));

        // Release and feature pages link their text against every feature name: made in parallel,
        // returned in catalog order.
        foreach (var page in catalog.Releases.AsParallel().AsOrdered().Select(ReleasePage))
        {
            yield return page;
        }

        foreach (var page in catalog.Features.AsParallel().AsOrdered().Select(f => FeaturePage(f, mentions.TryGetValue(f.Id, out var pages) ? pages : [], featureContext)))
        {
            yield return page;
        }

        foreach (var sig in catalog.Sigs)
        {
            yield return SigPage(sig);
        }
    }

    private Document ReleasePage(Release release)
    {
        var bySig = release.Features
            .GroupBy(f => f.Feature.Sig)
            .OrderBy(g => g.Key is null ? 1 : 0).ThenBy(g => g.Key?.DisplayName, StringComparer.OrdinalIgnoreCase)
            .Select(g => new SigFeatures(g.Key, g.ToList()))
            .ToList();
        var title = F("release.title", release.Version);
        var source = release.SummarySource ?? (release.Features.Count > 0 ? release.Features[0].Source : null);
        var sections = new DeferredTextSections(() =>
        {
            var made = new List<TextSection>
            {
                new(null, title, HtmlText.Of(release.SummaryHtml) + " " + string.Join(' ', release.Themes.SelectMany(t => t.ItemsHtml.Prepend(t.Label)).Select(HtmlText.Of))),
                // The features by name only: "beta" would match every release page, and a stage
                // edit would change the release page's search entry (and rebuild its shard).
                new("features", T("release.features"), string.Join(' ', release.Features.Select(f => f.Feature.Title))),
            };
            made.AddRange(release.Notes.Select(n => new TextSection("notes-" + n.Kind.ToString().ToLowerInvariant(), n.Heading, string.Join(' ', n.ItemsHtml.Select(HtmlText.Of)))));
            return made;
        });
        var chrome = Chrome(title, release.Url, "releases", "ReleasePage.razor", [Home, new Crumb(T("nav.releases"), "/releases/")]) with
        {
            Description = HtmlText.Of(release.SummaryHtml) is { Length: > 0 } summary ? RenderMarkdown.Shorten(summary, 200) : null,
            Source = Pointer(source),
            LastUpdated = LastUpdated(source),
            OnThisPage = ReleaseHeadings(release, bySig),
        };
        var view = new ReleasePageView(
            release,
            bySig,
            Link(release.SummaryHtml),
            release.Themes.Select(t => t with { ItemsHtml = t.ItemsHtml.Select(i => Link(i)).ToList() }).ToList(),
            release.Notes.Select(n => n with { ItemsHtml = n.ItemsHtml.Select(i => Link(i)).ToList() }).ToList());
        return Page(view, chrome, sections);
    }

    private IReadOnlyList<PageHeading> ReleaseHeadings(Release release, List<SigFeatures> bySig)
    {
        var headings = new List<PageHeading>();
        if (release.SummaryHtml.Length > 0 || release.Themes.Count > 0)
        {
            headings.Add(new PageHeading(2, T("release.summary"), "summary", 0));
        }

        headings.Add(new PageHeading(2, T("release.features"), "features", 0));
        headings.AddRange(bySig.Select(s => new PageHeading(3, s.Sig?.DisplayName ?? T("release.sig.none"), SigAnchor(s.Sig), 0)));
        headings.AddRange(release.Notes.Select(n => n.Kind).Distinct().Select(k => new PageHeading(2, T("release.notes." + k), "notes-" + k.ToString().ToLowerInvariant(), 0)));
        if (release.Documents.Count > 0 || release.Sections.Count > 0)
        {
            headings.Add(new PageHeading(2, T("release.documents"), "documents", 0));
        }

        return headings;
    }

    /// <summary>The anchor of a group's block on a release page.</summary>
    public static string SigAnchor(Sig? sig) => sig is null ? "sig-other" : sig.Name;

    private Document FeaturePage(Feature feature, IReadOnlyList<PageRef> mentionedIn, long context)
    {
        // With a build cache, a feature whose page is made of what it was made of last build keeps
        // its description (linked, and shortened for the chrome) and is marked with the same inputs
        // object, which lets the fingerprint be reused too (see PageKeys.Inputs).
        var inputs = cache is null ? null : new FeaturePageInputs(feature, mentionedIn);
        var name = "feature-page:" + feature.Id;
        if (inputs is null || !cache!.TryGet<FeaturePageMade>(name, context, out var made) || made.Inputs?.SameAs(inputs) != true)
        {
            made = new FeaturePageMade(
                inputs,
                feature.DescriptionHtml is { } d ? RenderMarkdown.Shorten(HtmlText.Of(d), 200) : null,
                feature.DescriptionHtml is { } html ? Link(html, feature) : null);
            cache?.Set(name, context, made);
        }

        SourceRef? source = feature.DefinedIn.Count > 0 ? feature.DefinedIn[0] : null;
        var chrome = Chrome(feature.Title, feature.Url, "features", "FeaturePage.razor", [Home, new Crumb(T("nav.features"), "/features/")]) with
        {
            Description = made.ShortDescription,
            Source = Pointer(source),
            LastUpdated = LastUpdated(source),
            OnThisPage =
            [
                new PageHeading(2, T("feature.timeline"), "timeline", 0),
                new PageHeading(2, T("feature.mentions"), "mentions", 0),
            ],
        };
        var sections = new DeferredTextSections(() => [new TextSection(null, feature.Title, FeatureSearchText(feature))]);
        var page = Page(new FeaturePageView(feature, mentionedIn, made.LinkedDescription), chrome, sections);
        return made.Inputs is { } same ? page.With(PageKeys.Inputs, same) : page;
    }

    // Title, description, group, aliases and every "v1.7 Beta" of the timeline, separated by spaces:
    // written into one builder (a feature of a large site has a hundred timeline points, each
    // a release name and an enum name made into strings and joined by LINQ before).
    private static string FeatureSearchText(Feature feature)
    {
        var text = new System.Text.StringBuilder();
        text.Append(feature.Title).Append(' ').Append(HtmlText.Of(feature.DescriptionHtml ?? string.Empty)).Append(' ').Append(feature.Sig?.DisplayName);
        foreach (var alias in feature.Aliases)
        {
            text.Append(' ').Append(alias);
        }

        foreach (var point in feature.Timeline)
        {
            text.Append(' ').Append('v').Append(point.Release.Major).Append('.').Append(point.Release.Minor).Append(' ').Append(StageNames.Name(point.Stage));
        }

        return text.ToString();
    }

    /// <summary>What a feature page's memo holds: the inputs it was made of and the costly parts made of them.</summary>
    private sealed record FeaturePageMade(FeaturePageInputs? Inputs, string? ShortDescription, string? LinkedDescription);

    /// <summary>What every feature page also shows: the cross-link terms, the sources' dates and the chrome's words.</summary>
    private long FeaturePageContext() => new Fingerprint()
        .Add(linker.Fingerprint).Add(git.Fingerprint).Add(siteLanguage)
        .Add(T("nav.home")).Add(T("nav.features")).Add(T("feature.timeline")).Add(T("feature.mentions")).Value;

    private Document SigPage(Sig sig)
    {
        var chrome = Chrome(sig.DisplayName, sig.Url, "sigs", "SigPage.razor", [Home, new Crumb(T("nav.sigs"), "/sigs/")]) with
        {
            Source = Pointer(sig.Source),
            LastUpdated = LastUpdated(sig.Source),
        };
        var sections = new DeferredTextSections(() => [new TextSection(null, sig.DisplayName, sig.Name + " " + string.Join(' ', sig.Features.Select(f => f.Title)))]);
        return Page(new SigPageView(sig), chrome, sections);
    }

    private string Link(string html, Feature? self = null)
    {
        if (cache is null)
        {
            return linker.Link(html, out _, self);
        }

        var key = new Fingerprint().Add(linker.Fingerprint).Add(self?.Id).Add(html).Value;
        var name = "linked:" + key.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
        if (!cache.TryGet<string>(name, key, out var linked))
        {
            linked = linker.Link(html, out _, self);
            cache.Set(name, key, linked);
        }

        return linked;
    }

    private PageChrome Chrome(string title, string url, string section, string template, IReadOnlyList<Crumb> crumbs)
        => new(title, url, siteLanguage)
        {
            Section = section,
            Template = TemplateFolder + template,
            Breadcrumbs = crumbs,
        };

    private static SourcePointer? Pointer(SourceRef? source) => source is { } known ? new SourcePointer(known.SourcePath, known.Line) : null;

    private DateTimeOffset? LastUpdated(SourceRef? source) => source is { } known ? git.LastChanged(known.SourcePath) : null;

    private static Document Page(PageView view, PageChrome chrome, IReadOnlyList<TextSection> sections)
    {
        var destination = chrome.Url.TrimStart('/') + "index.html";
        return new Document(null, destination, Metadata.Empty
            .With(PageKeys.View, view)
            .With(WebKeys.Chrome, chrome)
            .With(WebKeys.Title, chrome.Title)
            .With(WebKeys.Url, chrome.Url)
            .With(WebKeys.Language, chrome.Language)
            .With(WebKeys.TextSections, sections));
    }

    /// <summary>Pages whose text mentions each feature (by feature id), sorted by title.</summary>
    private static Dictionary<string, List<PageRef>> MentionsByFeature(IReadOnlyList<Document> sourcePages)
    {
        // The pages are put in title order once (a stable sort, as each feature's list would be), so
        // every feature's list is made in order. One reference per page, shared by every feature it
        // mentions (a page mentions dozens).
        var mentioning = new List<(PageRef Page, IReadOnlyList<string> Ids)>(sourcePages.Count);
        foreach (var page in sourcePages)
        {
            var ids = (page.GetOrDefault(ReleaseKeys.Mentions) ?? PageMentions.None).FeatureIds;
            if (ids.Count > 0)
            {
                mentioning.Add((new PageRef(page.Get(WebKeys.Chrome).Title, page.Get(WebKeys.Url), page.Get(WebKeys.Language)), ids));
            }
        }

        var byFeature = new Dictionary<string, List<PageRef>>(StringComparer.Ordinal);
        foreach (var (reference, ids) in mentioning.OrderBy(m => m.Page.Title, StringComparer.OrdinalIgnoreCase))
        {
            foreach (var id in ids)
            {
                var pages = System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(byFeature, id, out _) ??= [];
                if (pages.Count == 0 || !ReferenceEquals(pages[^1], reference))
                {
                    pages.Add(reference);
                }
            }
        }

        return byFeature;
    }
}
