namespace Site.Releases.Model;

/// <summary>Where a fact was read: the source file and line, and the page and anchor that show it.</summary>
public sealed record SourceRef(string SourcePath, int Line, string PageUrl, string? Anchor)
{
    private string? _href;

    /// <summary>The page and anchor as a link; made once, since pages list the same sources many times.</summary>
    public string Href => _href ??= Anchor is null ? PageUrl : PageUrl + "#" + Anchor;
}
