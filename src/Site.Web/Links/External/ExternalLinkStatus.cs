namespace Site.Web.Links.External;

/// <summary>What checking one external URL found out.</summary>
public enum ExternalLinkStatus
{
    /// <summary>2xx without redirects.</summary>
    Ok,

    /// <summary>2xx after one or more redirects; see <see cref="ExternalLinkResult.Redirects"/>.</summary>
    Redirected,

    /// <summary>A final error status (4xx, 5xx, or a redirect without a Location).</summary>
    Broken,

    /// <summary>No response headers within the request or connect timeout, after retries.</summary>
    TimedOut,

    /// <summary>429 after all retries, or a Retry-After longer than the allowed wait.</summary>
    RateLimited,

    /// <summary>More redirects than <see cref="ExternalLinkCheckOptions.MaxRedirects"/>.</summary>
    TooManyRedirects,

    /// <summary>A redirect back to a URL already visited.</summary>
    RedirectLoop,

    /// <summary>DNS, TCP or TLS failure, or a connection that ended without a response.</summary>
    ConnectionFailed,

    /// <summary>Not an absolute http(s) URL.</summary>
    InvalidUrl,

    /// <summary>Matched an exclude pattern; not requested.</summary>
    Excluded,

    /// <summary>Not checked (offline, or redirected to a scheme that cannot be checked).</summary>
    Skipped,
}
