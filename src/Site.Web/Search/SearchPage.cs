using Site.Web.Markdown;

namespace Site.Web.Search;

/// <summary>
/// A page as the search index sees it: where it is, what it is called, its sections (for deep
/// links and snippets) and what to show next to a result.
/// </summary>
public sealed record SearchPage(
    string Url,
    string Title,
    string Language,
    string Area,
    string? Release,
    string Summary,
    IReadOnlyList<TextSection> Sections);
