namespace Site.Web.Links.External;

/// <summary>
/// Follows redirects hop by hop (HttpClient's automatic redirects would hide whether a move is
/// permanent and would stop silently at its own limit) and turns the final answer into a verdict.
/// </summary>
internal sealed class RedirectFollower(RetryingProbe probe, int maxRedirects)
{
    public async Task<LinkVerdict> FollowAsync(Uri start, CancellationToken cancellationToken)
    {
        var hops = new List<RedirectHop>();
        var visited = new HashSet<string>(StringComparer.Ordinal) { start.AbsoluteUri };
        var current = start;
        while (true)
        {
            var outcome = await probe.ProbeAsync(current, cancellationToken).ConfigureAwait(false);
            if (outcome is HopFailed failed)
            {
                return new LinkVerdict(failed.Status, AfterRedirects(failed.Detail, hops), failed.StatusCode, hops);
            }

            var answer = (HopAnswered)outcome;
            if (answer.IsSuccess)
            {
                var status = hops.Count == 0 ? ExternalLinkStatus.Ok : ExternalLinkStatus.Redirected;
                return new LinkVerdict(status, answer.StatusText, answer.StatusCode, hops);
            }

            if (!answer.IsRedirect || answer.Location is null)
            {
                return new LinkVerdict(ExternalLinkStatus.Broken, AfterRedirects(answer.StatusText, hops), answer.StatusCode, hops);
            }

            var (nextUrl, next) = LinkTarget.Normalize(answer.Location.AbsoluteUri);
            hops.Add(new RedirectHop(answer.StatusCode, nextUrl));
            if (next is null)
            {
                return new LinkVerdict(
                    ExternalLinkStatus.Skipped, $"redirects to {nextUrl}, which cannot be checked", answer.StatusCode, hops);
            }

            if (!visited.Add(next.AbsoluteUri))
            {
                return new LinkVerdict(
                    ExternalLinkStatus.RedirectLoop, $"redirect loop: {start.AbsoluteUri} → {string.Join(" → ", hops.Select(h => h.Location))}",
                    answer.StatusCode, hops);
            }

            if (hops.Count > maxRedirects)
            {
                return new LinkVerdict(
                    ExternalLinkStatus.TooManyRedirects, $"more than {maxRedirects} redirects (last to {nextUrl})", answer.StatusCode, hops);
            }

            current = next;
        }
    }

    private static string AfterRedirects(string detail, List<RedirectHop> hops)
        => hops.Count == 0 ? detail : $"{detail} (after redirect to {hops[^1].Location})";
}
