using Site.Web.Search.Lunr;

namespace Site.Web.Search;

/// <summary>
/// A page after analysis for search: what a result shows (title, area, release, language,
/// summary, section snippets) and the page's counted terms. The page's text itself is not kept.
/// </summary>
public sealed record SearchEntry(
    string Url,
    string Title,
    string Language,
    string Area,
    string? Release,
    string Summary,
    IReadOnlyList<SearchSection> Sections,
    LunrAnalyzedDocument Analyzed);

/// <summary>A section of a page: its anchor (null for the top), heading and a snippet of its text.</summary>
public sealed record SearchSection(string? Anchor, string Heading, string Snippet);
