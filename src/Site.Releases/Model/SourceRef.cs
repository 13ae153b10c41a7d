namespace Site.Releases.Model;

/// <summary>Where a fact was read: the source file and line, and the page and anchor that show it.</summary>
public sealed record SourceRef(string SourcePath, int Line, string PageUrl, string? Anchor)
{
    public string Href => Anchor is null ? PageUrl : PageUrl + "#" + Anchor;
}
