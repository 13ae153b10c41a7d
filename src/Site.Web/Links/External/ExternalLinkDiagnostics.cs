using Site.Engine.Diagnostics;

namespace Site.Web.Links.External;

/// <summary>
/// Turns check results into diagnostics: one per (problem URL, source location), so every
/// markdown line that wrote a bad link is pointed at. Working links, temporary redirects,
/// excluded and skipped links produce nothing.
/// </summary>
public static class ExternalLinkDiagnostics
{
    public const string BrokenCode = "link.external.broken";
    public const string TimeoutCode = "link.external.timeout";
    public const string RateLimitedCode = "link.external.rate-limited";
    public const string RedirectsCode = "link.external.redirects";
    public const string UnreachableCode = "link.external.unreachable";
    public const string InvalidCode = "link.external.invalid";
    public const string MovedCode = "link.external.moved";

    public static IReadOnlyList<Diagnostic> From(IEnumerable<ExternalLinkResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var diagnostics = new List<Diagnostic>();
        foreach (var result in results)
        {
            if (Describe(result) is not { } problem)
            {
                continue;
            }

            var locations = result.Locations.Count > 0 ? result.Locations.Select(l => (SourceLocation?)l) : [null];
            diagnostics.AddRange(locations.Select(location => problem with { Location = location, Url = result.Url }));
        }

        return diagnostics;
    }

    public static void Report(IEnumerable<ExternalLinkResult> results, IDiagnostics diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var diagnostic in From(results))
        {
            diagnostics.Report(diagnostic);
        }
    }

    private static Diagnostic? Describe(ExternalLinkResult result)
    {
        var message = $"external link {result.Url}: {result.Detail}";
        return result.Status switch
        {
            ExternalLinkStatus.Broken => Diagnostic.Error(message, code: BrokenCode),
            ExternalLinkStatus.TimedOut => Diagnostic.Error(message, code: TimeoutCode),
            ExternalLinkStatus.RateLimited => Diagnostic.Error(
                message, code: RateLimitedCode, hint: "the site limits automated requests; check again later or exclude the URL"),
            ExternalLinkStatus.TooManyRedirects or ExternalLinkStatus.RedirectLoop => Diagnostic.Error(message, code: RedirectsCode),
            ExternalLinkStatus.ConnectionFailed => Diagnostic.Error(message, code: UnreachableCode),
            ExternalLinkStatus.InvalidUrl => Diagnostic.Error(message, code: InvalidCode),
            ExternalLinkStatus.Redirected when result.PermanentTarget is { } target => Diagnostic.Warning(
                $"external link {result.Url}: moved permanently to {target}", code: MovedCode, hint: $"link to {target} instead"),
            _ => null,
        };
    }
}
