using Site.Engine.Documents;
using Site.Web.Files;
using Site.Web.FrontMatter;
using Site.Web.Links;
using Site.Web.Markdown;
using Site.Web.Pages;

namespace Site.Web;

/// <summary>Metadata keys the generic web modules read and write.</summary>
public static class WebKeys
{
    public static readonly Key<SourceFile> SourceFile = new("source-file");

    /// <summary>The parsed front matter (empty when the file has none).</summary>
    public static readonly Key<FrontMatterData> FrontMatter = new("front-matter");

    /// <summary>The page title, plain text (never markup).</summary>
    public static readonly Key<string> Title = new("title");

    /// <summary>The page URL relative to the site root, always starting and (for pages) ending with '/': "/releases/v1.7/".</summary>
    public static readonly Key<string> Url = new("url");

    /// <summary>The BCP 47 language of the page ("en", "zh-CN").</summary>
    public static readonly Key<string> Language = new("language");

    /// <summary>When the source last changed, from git history.</summary>
    public static readonly Key<DateTimeOffset> LastUpdated = new("last-updated");

    /// <summary>True when the title came from the body's only H1 (the layout then does not print it again).</summary>
    public static readonly Key<bool> TitleFromBody = new("title-from-body");

    public static readonly Key<IReadOnlyList<PageHeading>> Headings = new("headings");

    /// <summary>Every link the page's markdown wrote, with source positions.</summary>
    public static readonly Key<IReadOnlyList<LinkReference>> Links = new("links");

    public static readonly Key<IReadOnlyList<TextSection>> TextSections = new("text-sections");

    /// <summary>A short plain-text summary (first substantial paragraph).</summary>
    public static readonly Key<string> Summary = new("summary");

    public static readonly Key<bool> IsImportedPost = new("imported-post");

    /// <summary>What the layout around a page needs (title, breadcrumbs, on-this-page, sources).</summary>
    public static readonly Key<PageChrome> Chrome = new("chrome");

    /// <summary>The anchors and references of a page as written (for the link check).</summary>
    public static readonly Key<RenderedPage> Rendered = new("rendered-page");

    /// <summary>
    /// What a document was made from (its text, the site's URL map, the settings), when a build cache
    /// is in use: documents made from equal inputs are equal, and later stages can key on this.
    /// </summary>
    public static readonly Key<long> InputKey = new("input-key");

    /// <summary>
    /// Everything a page shows, as one number (with a build cache only): a page whose fingerprint
    /// did not change is neither analyzed for search nor rendered again.
    /// </summary>
    public static readonly Key<long> PageFingerprint = new("page-fingerprint");

    /// <summary>The page analyzed for search (replaces its text sections once made).</summary>
    public static readonly Key<Search.SearchEntry> SearchEntry = new("search-entry");

    /// <summary>A source page's search terms and snippets, taken while it was parsed (its text is not kept).</summary>
    public static readonly Key<Search.SearchDraft> SearchDraft = new("search-draft");
}
