namespace Site.Web.Links.External;

/// <summary>
/// The answer for one URL independent of where it is used: what the cache stores and what a
/// <see cref="ExternalLinkResult"/> adds the source locations to.
/// </summary>
internal sealed record LinkVerdict(
    ExternalLinkStatus Status,
    string Detail,
    int? StatusCode = null,
    IReadOnlyList<RedirectHop>? Redirects = null)
{
    public IReadOnlyList<RedirectHop> Hops => Redirects ?? [];

    /// <summary>
    /// Answers that will be the same tomorrow: success, permanent moves, and client errors that
    /// mean "this is not here" (404, 410, ...). Timeouts, 408, 429, 5xx and network failures
    /// are weather, and loops often depend on cookies or load balancers, so they are asked again.
    /// </summary>
    public bool IsDefinitive => Status switch
    {
        ExternalLinkStatus.Ok or ExternalLinkStatus.Redirected => true,
        ExternalLinkStatus.Broken => StatusCode is >= 400 and < 500 and not 408 and not 429,
        _ => false,
    };
}
