namespace Site.Web.Links.External;

/// <summary>
/// Asks one URL once: HEAD, and GET when the HEAD answer looks like a refusal of the method.
/// Only response headers are awaited; the body is never read, and disposing the response
/// closes the connection instead of draining it (see <see cref="ExternalLinkHttp"/>), so a
/// slow or endless body costs nothing.
/// </summary>
internal sealed class HttpProbe(HttpClient client, HostConcurrencyLimiter limiter, ExternalLinkCheckOptions options, TimeProvider time)
{
    public async Task<HopOutcome> ProbeAsync(Uri uri, CancellationToken cancellationToken)
    {
        var head = await SendAsync(HttpMethod.Head, uri, cancellationToken).ConfigureAwait(false);
        return HeadWasRefused(head)
            ? await SendAsync(HttpMethod.Get, uri, cancellationToken).ConfigureAwait(false)
            : head;
    }

    /// <summary>
    /// Servers answer HEAD with 405 and 501 as the standard says, but also with 400, 403, 404 and
    /// 500 when a framework or CDN rule only knows GET (lychee#1327, nanoc#1178, html-proofer,
    /// django-linkcheck). A browser always uses GET, so GET decides: any error status is asked
    /// again with GET. That costs one extra request only for links that already look broken.
    /// 429 and 503 are exceptions: they say "later", not "not like this", and the retry
    /// policy honours their Retry-After instead. Timeouts are not retried with GET either: a
    /// server too slow for HEAD would only double the wait.
    /// </summary>
    private static bool HeadWasRefused(HopOutcome head) => head switch
    {
        HopAnswered answer => answer.StatusCode >= 400 && !RetryPolicy.HonoursRetryAfter(answer.StatusCode),
        HopFailed failed => failed.MayBeMethodRelated,
        _ => false,
    };

    private async Task<HopOutcome> SendAsync(HttpMethod method, Uri uri, CancellationToken cancellationToken)
    {
        using var lease = await limiter.AcquireAsync(uri.IdnHost, cancellationToken).ConfigureAwait(false);

        // Started after the slot is granted: waiting for our own limiter is not the server's fault.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.RequestTimeout);
        using var request = new HttpRequestMessage(method, uri);
        try
        {
            using var response = await client
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token)
                .ConfigureAwait(false);
            return Answer(response, uri);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Ours fired, or SocketsHttpHandler's ConnectTimeout did (it surfaces as a cancellation too).
            return deadline.IsCancellationRequested
                ? NetworkFailures.RequestTimedOut(options.RequestTimeout)
                : NetworkFailures.ConnectTimedOut(options.ConnectTimeout);
        }
        catch (HttpRequestException exception)
        {
            return NetworkFailures.Classify(exception, uri, options.ConnectTimeout);
        }
    }

    private HopAnswered Answer(HttpResponseMessage response, Uri requested)
    {
        var location = response.Headers.Location is { } target
            ? (target.IsAbsoluteUri ? target : new Uri(requested, target))
            : null;
        var retryAfter = RetryAfter.From(response.Headers.RetryAfter, response.Headers.Date, time.GetUtcNow());

        // ReasonPhrase falls back to the standard phrase when the server sent none (HTTP/2).
        return new HopAnswered((int)response.StatusCode, response.ReasonPhrase ?? string.Empty, location, retryAfter);
    }
}
