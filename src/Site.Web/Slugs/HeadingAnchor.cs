namespace Site.Web.Slugs;

/// <summary>
/// Where a heading can be linked to. <see cref="Text"/> is the heading text as a TOC entry shows
/// it (without a trailing <c>{#id}</c>), <see cref="Id"/> the element id of the heading on the
/// page, and <see cref="Href"/> the fragment a markdown link uses ("#" + encodeURI(id)).
/// </summary>
public readonly record struct HeadingAnchor(string Text, string Id, string Href)
{
    /// <summary>The TOC entry doctoc writes: <c>[Text](Href)</c>.</summary>
    public string ToMarkdownLink() => string.Concat("[", Text, "](", Href, ")");
}
