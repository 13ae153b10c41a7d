using Site.Engine.Diagnostics;

namespace Site.Web.Links.External;

/// <summary>
/// The outcome for one distinct URL (fragment removed) and every place it is used.
/// <see cref="Detail"/> is a short human phrase ("404 Not Found", "timed out after 10 s").
/// </summary>
public sealed record ExternalLinkResult(
    string Url,
    IReadOnlyList<SourceLocation> Locations,
    ExternalLinkStatus Status,
    string Detail,
    int? StatusCode,
    IReadOnlyList<RedirectHop> Redirects,
    bool FromCache)
{
    /// <summary>The link works (possibly after redirects).</summary>
    public bool IsSuccess => Status is ExternalLinkStatus.Ok or ExternalLinkStatus.Redirected;

    /// <summary>Where the redirects ended, or the URL itself.</summary>
    public string FinalUrl => Redirects.Count > 0 ? Redirects[^1].Location : Url;

    /// <summary>True when the first redirect is permanent, i.e. the link itself is outdated.</summary>
    public bool IsPermanentlyMoved => Redirects.Count > 0 && Redirects[0].IsPermanent;

    /// <summary>
    /// The URL the link should be updated to: the end of the leading run of permanent
    /// redirects. Later temporary hops (e.g. to a login page or a CDN) are not what the author
    /// should write. Null when the first hop is not permanent.
    /// </summary>
    public string? PermanentTarget
        => IsPermanentlyMoved ? Redirects.TakeWhile(hop => hop.IsPermanent).Last().Location : null;

    internal static ExternalLinkResult From(string url, IReadOnlyList<SourceLocation> locations, LinkVerdict verdict, bool fromCache)
        => new(url, locations, verdict.Status, verdict.Detail, verdict.StatusCode, verdict.Hops, fromCache);
}
