using Site.Engine.Diagnostics;

namespace Site.Web.Links.External;

/// <summary>
/// An http(s) URL the generated site links to, with every markdown position that wrote it.
/// The checker merges entries whose URLs differ only by fragment or by spelling (case of the
/// scheme and host, default port), so callers may pass one entry per occurrence.
/// </summary>
public sealed record ExternalLink(string Url, IReadOnlyList<SourceLocation> Locations)
{
    public ExternalLink(string url, SourceLocation location)
        : this(url, [location])
    {
    }
}
