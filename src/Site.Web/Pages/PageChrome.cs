using Site.Web.Markdown;

namespace Site.Web.Pages;

/// <summary>
/// Everything the layout around a page needs: title, language, breadcrumbs, the "on this page"
/// list, edit and source links, last-updated date and the same page in other languages. All text
/// here is plain text; templates encode it, so a title can never become markup.
/// </summary>
public sealed record PageChrome(string Title, string Url, string Language)
{
    public string? Description { get; init; }

    /// <summary>The top navigation entry this page belongs to ("releases", "features", "sigs", "docs").</summary>
    public string Section { get; init; } = string.Empty;

    public IReadOnlyList<Crumb> Breadcrumbs { get; init; } = [];

    public IReadOnlyList<PageHeading> OnThisPage { get; init; } = [];

    /// <summary>The file and line the page comes from (for edit and source links).</summary>
    public SourcePointer? Source { get; init; }

    public DateTimeOffset? LastUpdated { get; init; }

    /// <summary>The same content in other languages: language → page URL.</summary>
    public IReadOnlyDictionary<string, string> Alternates { get; init; } = new Dictionary<string, string>();

    /// <summary>The template that renders the page; broken links it writes are reported against it.</summary>
    public string Template { get; init; } = string.Empty;

    public bool ExcludeFromSearch { get; init; }

    public bool ExcludeFromSitemap { get; init; }
}

public sealed record Crumb(string Title, string Url);

/// <summary>A site-root-relative source file and 1-based line.</summary>
public sealed record SourcePointer(string Path, int Line);
