namespace Site.Web.Links.External;

/// <summary>
/// Checks the external links of a site: every distinct URL (fragment removed) is asked once,
/// politely (per-host and global concurrency limits, Retry-After honoured) and with bounded
/// cost (request and connect timeouts, headers only, capped retries and redirects). Results
/// come back one per URL, sorted by URL; turn them into diagnostics with
/// <see cref="ExternalLinkDiagnostics"/>.
/// </summary>
public sealed class ExternalLinkChecker : IDisposable
{
    /// <summary>Says who is asking and why, so site owners can recognise (and allow) the check.</summary>
    public const string UserAgent = "site-link-checker/1.0 (documentation link check; HEAD/GET only, no crawling)";

    private readonly ExternalLinkCheckOptions _options;
    private readonly TimeProvider _time;
    private readonly ExternalLinkExclusions _exclusions;
    private readonly HttpClient _client;
    private readonly HostConcurrencyLimiter _limiter;
    private readonly RedirectFollower _redirects;

    /// <exception cref="ArgumentException">An option is out of range or an exclude pattern is not a valid regular expression.</exception>
    public ExternalLinkChecker(ExternalLinkCheckOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _time = timeProvider ?? TimeProvider.System;
        _exclusions = new ExternalLinkExclusions(options.Exclude);
        _client = ExternalLinkHttp.CreateClient(options, UserAgent);
        _limiter = new HostConcurrencyLimiter(options.MaxConcurrencyPerHost, options.MaxConcurrency);
        var policy = new RetryPolicy(options.MaxRetries, options.RetryBaseDelay, options.MaxRetryAfter);
        var probe = new RetryingProbe(new HttpProbe(_client, _limiter, options, _time), policy, _time);
        _redirects = new RedirectFollower(probe, options.MaxRedirects);
    }

    /// <summary>
    /// Checks <paramref name="links"/> (duplicates and fragment variants are merged) and returns
    /// one result per distinct URL, ordered by URL. With <see cref="ExternalLinkCheckOptions.CacheFile"/>
    /// set, fresh definitive answers are taken from the file and new ones written back, also
    /// when the run is cancelled.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="IOException">The cache file could not be written.</exception>
    public async Task<IReadOnlyList<ExternalLinkResult>> CheckAsync(
        IEnumerable<ExternalLink> links, CancellationToken cancellationToken = default)
    {
        var targets = LinkTarget.Group(links);
        if (_options.Offline)
        {
            return targets
                .Select(t => Result(t, new LinkVerdict(ExternalLinkStatus.Skipped, "external links are not checked offline")))
                .ToList();
        }

        var cache = _options.CacheFile is { } path ? ExternalLinkCache.Load(path) : null;
        try
        {
            return await Task.WhenAll(targets.Select(t => CheckAsync(t, cache, cancellationToken))).ConfigureAwait(false);
        }
        finally
        {
            if (cache is not null)
            {
                SaveCache(cache, _options.CacheFile!, cancellationToken.IsCancellationRequested);
            }
        }
    }

    public void Dispose()
    {
        _client.Dispose();
        _limiter.Dispose();
    }

    private async Task<ExternalLinkResult> CheckAsync(LinkTarget target, ExternalLinkCache? cache, CancellationToken cancellationToken)
    {
        if (target.Uri is null)
        {
            return Result(target, new LinkVerdict(ExternalLinkStatus.InvalidUrl, "not an absolute http(s) URL"));
        }

        if (_exclusions.FindMatch(target.Url) is { } pattern)
        {
            return Result(target, new LinkVerdict(ExternalLinkStatus.Excluded, $"excluded by pattern {pattern}"));
        }

        if (cache is not null && cache.TryGet(target.Url, _time.GetUtcNow(), _options.CacheTtl, out var known))
        {
            return Result(target, known, fromCache: true);
        }

        var verdict = await _redirects.FollowAsync(target.Uri, cancellationToken).ConfigureAwait(false);
        cache?.Record(target.Url, verdict, _time.GetUtcNow());
        return Result(target, verdict);
    }

    private void SaveCache(ExternalLinkCache cache, string path, bool cancelled)
    {
        try
        {
            cache.Save(path, _time.GetUtcNow(), _options.CacheTtl);
        }
        catch (Exception e) when (cancelled && e is IOException or UnauthorizedAccessException)
        {
            // Saving after Ctrl-C is a courtesy; its failure must not replace the cancellation.
        }
    }

    private static ExternalLinkResult Result(LinkTarget target, LinkVerdict verdict, bool fromCache = false)
        => ExternalLinkResult.From(target.Url, target.Locations, verdict, fromCache);
}
