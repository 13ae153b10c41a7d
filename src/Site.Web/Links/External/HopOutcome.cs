namespace Site.Web.Links.External;

/// <summary>What one URL (one hop of a redirect chain) answered: a response or a failure.</summary>
internal abstract record HopOutcome;

/// <summary>Response headers arrived. <see cref="Location"/> is already resolved against the request URL.</summary>
internal sealed record HopAnswered(int StatusCode, string ReasonPhrase, Uri? Location, TimeSpan? RetryAfter) : HopOutcome
{
    public bool IsSuccess => StatusCode is >= 200 and < 300;

    public bool IsRedirect => StatusCode is 301 or 302 or 303 or 307 or 308;

    public string StatusText => $"{StatusCode} {ReasonPhrase}".TrimEnd();
}

/// <summary>
/// No usable response. <see cref="IsTransient"/> says a retry may help; <see cref="MayBeMethodRelated"/>
/// says the server may have choked on HEAD itself (closed the connection without an answer).
/// </summary>
internal sealed record HopFailed(
    ExternalLinkStatus Status,
    string Detail,
    int? StatusCode = null,
    bool IsTransient = false,
    bool MayBeMethodRelated = false) : HopOutcome;
