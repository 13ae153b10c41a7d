namespace Site.Web.Links.External;

/// <summary>Which answers are worth asking again, and how long to wait before doing so.</summary>
internal sealed class RetryPolicy(int maxRetries, TimeSpan baseDelay, TimeSpan maxWait)
{
    public int MaxRetries => maxRetries;

    /// <summary>The longest Retry-After we honour; also the cap of our own backoff.</summary>
    public TimeSpan MaxWait => maxWait;

    /// <summary>
    /// Statuses that describe the server's state rather than the URL: request timeout, rate
    /// limiting and the 5xx family that gateways and overloaded servers answer with.
    /// </summary>
    public static bool IsTransientStatus(int statusCode) => statusCode is 408 or 429 or 500 or 502 or 503 or 504;

    /// <summary>The statuses whose Retry-After header is meant for us (RFC 9110 §10.2.3, RFC 6585).</summary>
    public static bool HonoursRetryAfter(int statusCode) => statusCode is 429 or 503;

    /// <summary>Exponential backoff: base, 2×base, 4×base, ... for retry 1, 2, 3, capped.</summary>
    public TimeSpan Backoff(int retry)
    {
        var factor = Math.Pow(2, Math.Max(0, retry - 1));
        var wait = TimeSpan.FromTicks((long)Math.Min(baseDelay.Ticks * factor, TimeSpan.MaxValue.Ticks / 2.0));
        return wait < maxWait ? wait : maxWait;
    }
}
