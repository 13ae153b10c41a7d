namespace Site.Releases.Model;

/// <summary>
/// Where a fact was read: the source file and line, and the page and anchor that show it. A
/// struct: every fact has one (480,000 at 10,000 pages), kept in its stage points and its
/// release's feature list until the last page is written.
/// </summary>
public readonly record struct SourceRef(string SourcePath, int Line, string PageUrl, string? Anchor)
{
    /// <summary>
    /// The page and anchor as a link. Made on each use, not kept: a page reads it once or twice, and
    /// a large site has a source for every fact (480,000 at 10,000 pages), whose kept links would
    /// live to the end of the build and be copied by every collection on the way.
    /// </summary>
    public string Href => Anchor is null ? PageUrl : PageUrl + "#" + Anchor;
}
