namespace Site.Web.Toc;

/// <summary>
/// Finds the START and END comments of a doctoc block: top-level HTML blocks containing
/// "&lt;!-- START doctoc " or "&lt;!-- END doctoc " (a block holding both counts as START, as in doctoc).
/// </summary>
internal static class DoctocBlockLocator
{
    public const string StartMarker = "<!-- START doctoc ";
    public const string EndMarker = "<!-- END doctoc ";

    /// <summary>The first START and the first END marker blocks, or null when there is neither.</summary>
    public static DoctocBlockMarkers? Find(MarkdownOutline outline)
    {
        OutlineNode? start = null;
        OutlineNode? end = null;
        foreach (var node in outline.Nodes)
        {
            if (node.Kind != OutlineNodeKind.Html)
            {
                continue;
            }

            var raw = outline.Source.AsSpan(node.Start, node.End - node.Start);
            if (raw.Contains(StartMarker, StringComparison.Ordinal))
            {
                start ??= node;
            }
            else if (raw.Contains(EndMarker, StringComparison.Ordinal))
            {
                end ??= node;
            }
        }

        return start is null && end is null ? null : new DoctocBlockMarkers(start, end);
    }
}

/// <summary>The marker blocks found; a well-formed block has both, START first.</summary>
internal sealed record DoctocBlockMarkers(OutlineNode? Start, OutlineNode? End)
{
    public bool IsComplete => Start is not null && End is not null && Start.Start < End.Start;
}
