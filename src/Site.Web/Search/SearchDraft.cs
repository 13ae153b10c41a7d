using Site.Web.Search.Lunr;

namespace Site.Web.Search;

/// <summary>
/// What search needs of a page's text, taken while the page is parsed: the counted terms of its
/// headings and body, its section snippets and summary. The text itself is not kept; the title
/// (which may come later) completes it into a <see cref="SearchEntry"/>.
/// </summary>
public sealed record SearchDraft(LunrFieldTerms Headings, LunrFieldTerms Body, IReadOnlyList<SearchSection> Sections, string Summary);
