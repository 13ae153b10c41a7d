namespace Site.Web.Markdown;

/// <summary>
/// The plain text of a page between two headings, for the search index: results can then link
/// straight to the section (<see cref="Anchor"/>) instead of the top of a long page.
/// </summary>
public sealed record TextSection(string? Anchor, string Heading, string Text);
