using Site.Engine.Diagnostics;
using Site.Web.Links.External;

namespace Site.Web.Tests.Links.External;

/// <summary>Small timeouts and waits so the whole suite stays fast; each test overrides what it exercises.</summary>
internal static class CheckerHarness
{
    public static ExternalLinkCheckOptions FastOptions { get; } = new()
    {
        RequestTimeout = TimeSpan.FromSeconds(3),
        ConnectTimeout = TimeSpan.FromSeconds(2),
        MaxRetries = 2,
        RetryBaseDelay = TimeSpan.FromMilliseconds(50),
        MaxRetryAfter = TimeSpan.FromSeconds(3),
    };

    public static SourceLocation At(string path, int line = 1, int column = 1) => new(path, line, column);

    public static async Task<IReadOnlyList<ExternalLinkResult>> CheckAsync(
        ExternalLinkCheckOptions options, IEnumerable<ExternalLink> links, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        using var checker = new ExternalLinkChecker(options, time);
        return await checker.CheckAsync(links, cancellationToken);
    }

    public static Task<IReadOnlyList<ExternalLinkResult>> CheckAsync(ExternalLinkCheckOptions options, params string[] urls)
        => CheckAsync(options, urls.Select((url, i) => new ExternalLink(url, At("docs/page.md", i + 1))));

    public static async Task<ExternalLinkResult> CheckOneAsync(ExternalLinkCheckOptions options, string url)
        => Assert.Single(await CheckAsync(options, url));
}

/// <summary>The system clock moved by <see cref="Offset"/>: lets cache tests live a day later without waiting a day.</summary>
internal sealed class ShiftedTimeProvider(TimeSpan offset) : TimeProvider
{
    public TimeSpan Offset { get; } = offset;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
