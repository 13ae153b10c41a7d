using System.Net.Http.Headers;

namespace Site.Web.Links.External;

/// <summary>Reads the Retry-After header of a 429 or 503 in either of its forms.</summary>
internal static class RetryAfter
{
    /// <summary>
    /// The wait the server asks for, or null when there is no (valid) header. Delta-seconds is
    /// taken as is. An HTTP-date is measured against the response's own Date header when it
    /// has one, so that a clock difference between us and the server does not change the wait;
    /// otherwise against <paramref name="now"/>. A date in the past means "now".
    /// </summary>
    public static TimeSpan? From(RetryConditionHeaderValue? header, DateTimeOffset? serverDate, DateTimeOffset now)
    {
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - (serverDate ?? now);
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    /// <summary>Same as <see cref="From(RetryConditionHeaderValue?, DateTimeOffset?, DateTimeOffset)"/> for raw header text.</summary>
    public static TimeSpan? Parse(string? value, DateTimeOffset? serverDate, DateTimeOffset now)
        => RetryConditionHeaderValue.TryParse(value, out var header) ? From(header, serverDate, now) : null;
}
