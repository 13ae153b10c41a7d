using Site.Engine.Documents;
using Site.Releases.Model;

namespace Site.Releases.Pages;

/// <summary>The models the theme renders, one record per kind of page.</summary>
public abstract record PageView;

/// <summary>A source document's page; its body (cross-linked HTML) waits on disk until rendering.</summary>
/// <remarks><see cref="InputKey"/> identifies the body's inputs (source text, links, cross-link terms) when a build cache is in use, else 0.</remarks>
public sealed record SourcePageView(SourceDocument Document, Content Body, bool TitleInBody, ReleaseLink? Release, long InputKey = 0) : PageView;

/// <summary>
/// What a page shows of a release it links to. Not the <see cref="Model.Release"/> itself: that
/// reaches the whole catalog (features, groups, every other release), and a page the preview
/// keeps from build to build would keep every old catalog alive with it.
/// </summary>
public sealed record ReleaseLink(ReleaseVersion Version, string Url);

/// <summary>A release page; summary, themes and notes are the release's, with mentions cross-linked.</summary>
public sealed record ReleasePageView(
    Release Release,
    IReadOnlyList<SigFeatures> FeaturesBySig,
    string SummaryHtml,
    IReadOnlyList<ThemeGroup> Themes,
    IReadOnlyList<NoteSection> Notes) : PageView;

/// <summary>A release's features owned by one group (null: no known group).</summary>
public sealed record SigFeatures(Sig? Sig, IReadOnlyList<FeatureStage> Features);

public sealed record FeaturePageView(Feature Feature, IReadOnlyList<PageRef> MentionedIn, string? DescriptionHtml) : PageView;

public sealed record PageRef(string Title, string Url, string Language);

public sealed record SigPageView(Sig Sig) : PageView;

/// <summary>A page that shows a little of the whole catalog: the home page and the indexes.</summary>
public abstract record CatalogView(Model.Catalog Catalog) : PageView;

public sealed record HomePageView(Model.Catalog Catalog) : CatalogView(Catalog);

public sealed record ReleaseIndexView(Model.Catalog Catalog) : CatalogView(Catalog);

public sealed record FeatureIndexView(Model.Catalog Catalog) : CatalogView(Catalog);

public sealed record SigIndexView(Model.Catalog Catalog) : CatalogView(Catalog);

public sealed record DocsIndexView(Model.Catalog Catalog) : CatalogView(Catalog);

public sealed record SearchPageView : PageView;

public sealed record NotFoundView : PageView;

public static class PageKeys
{
    public static readonly Key<PageView> View = new("page-view");

    /// <summary>
    /// An object standing for everything a page shows, the very same object from build to build
    /// while none of that changes: a rebuild reuses the page's fingerprint without hashing the page.
    /// </summary>
    public static readonly Key<object> Inputs = new("page-inputs");
}
