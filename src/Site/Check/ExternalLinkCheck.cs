using System.Globalization;
using Site.Engine.Diagnostics;
using Site.Engine.Pipelines;
using Site.Releases.Pipelines;
using Site.Web.Links.External;
using Site.Web.Settings;

namespace Site.Cli.Check;

/// <summary>
/// `site check --external`: asks every http(s) link of the built site once, with the settings of
/// input/site.yml (externalLinks) and the answers cache under .site-cache/, and reports broken links
/// at the lines that wrote them (permanent redirects as warnings).
/// </summary>
public static class ExternalLinkCheck
{
    /// <summary>Relative to the site root; /.site-cache/ is gitignored.</summary>
    public const string CacheFile = ".site-cache/external-links.json";

    private static readonly string SettingsPath = ReleaseSiteContext.InputFolder + "/" + SiteSettings.FileName;

    /// <summary>What happened, for the summary line.</summary>
    public sealed record Outcome(int Urls, int FromCache, int Excluded, bool Offline)
    {
        public override string ToString()
        {
            var urls = Urls.ToString(CultureInfo.InvariantCulture) + (Urls == 1 ? " URL" : " URLs");
            if (Offline)
            {
                return $"External links: {urls} not checked (offline).";
            }

            var details = new List<string>();
            if (FromCache > 0)
            {
                details.Add(FromCache.ToString(CultureInfo.InvariantCulture) + " from the cache");
            }

            if (Excluded > 0)
            {
                details.Add(Excluded.ToString(CultureInfo.InvariantCulture) + " excluded");
            }

            return $"External links: {urls} checked" + (details.Count > 0 ? $" ({string.Join(", ", details)})." : ".");
        }
    }

    /// <param name="clean">Forget the cache first: every URL is asked again and the answers saved afresh.</param>
    /// <returns>Null when the check could not run (the reason is reported).</returns>
    public static async Task<Outcome?> RunAsync(
        ReleaseSiteContext site, IReadOnlyList<ExternalLink> links, bool offline, bool clean, IDiagnostics diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var cacheFile = Path.Combine(site.Root, CacheFile);
        if (clean && !offline && File.Exists(cacheFile))
        {
            File.Delete(cacheFile);
        }

        ExternalLinkChecker checker;
        try
        {
            checker = new ExternalLinkChecker(OptionsFrom(site.Site.ExternalLinks, cacheFile, offline));
        }
        catch (Exception e) when (e is ArgumentException or OverflowException)
        {
            diagnostics.Report(Diagnostic.Error("invalid externalLinks settings: " + e.Message, new SourceLocation(SettingsPath), "settings.invalid"));
            return null;
        }

        using (checker)
        {
            IReadOnlyList<ExternalLinkResult> results;
            try
            {
                results = await checker.CheckAsync(links, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Only saving the cache does file I/O; the answers are lost with it, so the check did not happen.
                diagnostics.Report(Diagnostic.Error($"external links could not be checked: {e.Message}", new SourceLocation(CacheFile), "link.external.cache"));
                return null;
            }

            ExternalLinkDiagnostics.Report(results, diagnostics);
            return new Outcome(
                results.Count,
                results.Count(r => r.FromCache),
                results.Count(r => r.Status == ExternalLinkStatus.Excluded),
                offline);
        }
    }

    /// <summary>The site's settings on top of the checker's defaults; a connection may not take longer than a whole request.</summary>
    public static ExternalLinkCheckOptions OptionsFrom(ExternalLinkSettings settings, string cacheFile, bool offline)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var defaults = new ExternalLinkCheckOptions();
        var requestTimeout = TimeSpan.FromSeconds(settings.TimeoutSeconds);
        return defaults with
        {
            RequestTimeout = requestTimeout,
            ConnectTimeout = requestTimeout < defaults.ConnectTimeout ? requestTimeout : defaults.ConnectTimeout,
            CacheTtl = TimeSpan.FromHours(settings.CacheTtlHours),
            CacheFile = cacheFile,
            Exclude = settings.Exclude,
            Offline = offline,
        };
    }
}
