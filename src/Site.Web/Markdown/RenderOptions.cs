using Site.Web.Settings;

namespace Site.Web.Markdown;

/// <summary>What the markdown stage needs to know about the site.</summary>
public sealed record RenderOptions(
    string BasePath,
    ImportedPostSettings ImportedPosts,
    IReadOnlyList<string> GeneratedSections)
{
    /// <summary>A fingerprint of every setting that changes how a document renders (for the build cache).</summary>
    public long CacheKey { get; init; }

    /// <summary>The accessible name of a heading's anchor link, by page language.</summary>
    public Func<string, string> AnchorLabel { get; init; } = _ => "Link to this section";
}
