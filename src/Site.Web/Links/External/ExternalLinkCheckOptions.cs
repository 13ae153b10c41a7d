namespace Site.Web.Links.External;

/// <summary>
/// How hard and how politely external links are checked. The defaults suit a documentation
/// site with a few hundred external links on a developer machine or CI; tests shrink them.
/// </summary>
public sealed record ExternalLinkCheckOptions
{
    /// <summary>Upper bound for one HTTP request, from sending it until the response headers
    /// arrive. Bodies are never read, so a slow or endless body cannot extend it.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Upper bound for opening a connection (DNS, TCP, TLS). A request waiting on a
    /// connection is still bounded by <see cref="RequestTimeout"/>.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Further attempts after a transient failure (timeout, reset, 408, 429, 5xx).</summary>
    public int MaxRetries { get; init; } = 2;

    /// <summary>First backoff wait; it doubles with every retry. Used when the server gives no
    /// Retry-After.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Requests in flight to one host name at a time.</summary>
    public int MaxConcurrencyPerHost { get; init; } = 2;

    /// <summary>Requests in flight in total.</summary>
    public int MaxConcurrency { get; init; } = 16;

    /// <summary>Redirects followed from the linked URL before giving up.</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>Longest Retry-After (429/503) the checker will wait. A server that asks for
    /// more is reported as rate limited rather than waited for.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a cached definitive answer is trusted.</summary>
    public TimeSpan CacheTtl { get; init; } = TimeSpan.FromHours(24);

    /// <summary>JSON file remembering definitive answers between runs; null means no cache.
    /// Its folder is created when the cache is saved.</summary>
    public string? CacheFile { get; init; }

    /// <summary>.NET regular expressions, matched case-insensitively and unanchored against the
    /// URL without its fragment (as lychee's and htmltest's exclude lists are). A matching URL is
    /// reported as excluded and never requested.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>Skip every external check (<c>--offline</c>); each link is reported as skipped.</summary>
    public bool Offline { get; init; }

    internal void Validate()
    {
        RequirePositive(RequestTimeout, nameof(RequestTimeout));
        RequirePositive(ConnectTimeout, nameof(ConnectTimeout));
        RequirePositive(CacheTtl, nameof(CacheTtl));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxRetries, nameof(MaxRetries));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxRedirects, nameof(MaxRedirects));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxConcurrencyPerHost, 1, nameof(MaxConcurrencyPerHost));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxConcurrency, 1, nameof(MaxConcurrency));
        ArgumentOutOfRangeException.ThrowIfLessThan(RetryBaseDelay, TimeSpan.Zero, nameof(RetryBaseDelay));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRetryAfter, TimeSpan.Zero, nameof(MaxRetryAfter));
        ArgumentNullException.ThrowIfNull(Exclude, nameof(Exclude));
    }

    private static void RequirePositive(TimeSpan value, string name)
        => ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, TimeSpan.Zero, name);
}
