using Markdig.Syntax;

namespace Site.Web.Toc;

/// <summary>
/// One entry of a doctoc table of contents. <see cref="Level"/> is 1–6, <see cref="Text"/> the
/// entry text as doctoc writes it (inline markdown as in the source), <see cref="Id"/> the element
/// id the heading has on the page, <see cref="Href"/> the link doctoc writes ("#" + encodeURI(id)),
/// <see cref="Line"/> the 1-based source line where the heading starts.
/// </summary>
public sealed record DoctocHeading(int Level, string Text, string Id, string Href, int Line)
{
    /// <summary>The Markdig block the heading came from: a <see cref="HeadingBlock"/> or an <see cref="HtmlBlock"/>.</summary>
    public Block? Block { get; init; }

    /// <summary>The TOC line without indentation: <c>[Text](Href)</c>.</summary>
    public string ToMarkdownLink() => string.Concat("[", Text, "](", Href, ")");
}
