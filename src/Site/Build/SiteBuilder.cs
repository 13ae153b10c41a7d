using System.Diagnostics;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Pipelines;
using Site.Releases.Pipelines;
using Site.Theme.Services;
using Site.Web.Caching;
using Site.Web.Git;
using Site.Web.Links;
using Site.Web.Output;
using Site.Web.Pages;
using Site.Web.Paths;
using Site.Web.Search;
using Site.Web.Text;

namespace Site.Cli.Build;

/// <summary>
/// One build: read the settings, run the pipelines into a staging folder, check links, and swap
/// the staging folder in as the output only when there was no error.
/// </summary>
public static class SiteBuilder
{
    /// <summary>What a build did; <paramref name="Site"/> is the settings it read (null when they were invalid).</summary>
    public sealed record Result(bool Succeeded, DiagnosticBag Diagnostics, EngineResult? Engine, int Files, TimeSpan Elapsed, ReleaseSiteContext? Site = null);

    public static Task<Result> RunAsync(BuildOptions options, CancellationToken cancellationToken = default)
        => RunAsync(options, observer: null, cancellationToken);

    /// <param name="observer">Hears phases start and end (progress output); null runs the pipelines as they are.</param>
    public static Task<Result> RunAsync(BuildOptions options, IBuildObserver? observer, CancellationToken cancellationToken = default)
        => RunAsync(options, observer, cache: null, cancellationToken);

    /// <param name="cache">
    /// Kept by a long-running process (the preview) between builds: unchanged documents are not
    /// parsed or linked again, unchanged pages not rendered, and after a first committed build the
    /// output folder is updated in place (still only when the build succeeds).
    /// </param>
    public static Task<Result> RunAsync(BuildOptions options, IBuildObserver? observer, BuildCache? cache, CancellationToken cancellationToken = default)
        => RunAsync(options, observer, cache, whileOpen: null, cancellationToken);

    /// <param name="whileOpen">
    /// Reads the finished build before it is closed: page bodies, links and their text wait in a
    /// scratch file that is deleted when the build returns (the external link check collects there).
    /// </param>
    public static async Task<Result> RunAsync(
        BuildOptions options, IBuildObserver? observer, BuildCache? cache, Action<EngineResult>? whileOpen, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var root = Path.GetFullPath(options.Root);
        var site = ReleaseSiteContext.Load(root, options.BasePath, diagnostics);
        if (site is null)
        {
            return new Result(false, diagnostics, null, 0, clock.Elapsed);
        }

        var theme = new ThemeFiles(root);
        var text = SiteText.Load(theme.Strings, site.Site.Language, diagnostics);
        var git = GitHistory.Start(root, cache is not null && cache.TryGet<GitHistory>("git-history", 0, out var read) ? read : null);
        cache?.Set("git-history", 0, git);
        var urls = new UrlBuilder(site.BasePath, site.Site.SiteUrl);
        var incremental = cache is not null && cache.HasCommittedBuild && options.Publish
            && cache.OutputFolder == Path.GetFullPath(options.OutputFolder) && Directory.Exists(cache.OutputFolder);
        using var output = OpenOutput(options.OutputFolder, incremental, cache, diagnostics);
        if (output is null)
        {
            cache?.Abandoned();
            return new Result(false, diagnostics, null, 0, clock.Elapsed, site);
        }

        using var spill = cache is null ? new SpillStore() : null;
        var assetsVersion = theme.Version();
        using var renderer = new ThemeRenderer(new ThemeContext(site.Site, urls, text, new EditLinks(site.Site), assetsVersion));
        // Keys of the build cache: without one, nothing is looked up by them.
        var settingsKey = cache is null ? 0 : SettingsFingerprint.Of(root, theme, site);
        var siteKey = cache is null ? 0 : new Fingerprint().Add(settingsKey).Add(assetsVersion).Add(typeof(ThemeRenderer).Assembly.ManifestModule.ModuleVersionId.ToString()).Value;
        var pipelines = SitePipelines.Create(site, text, renderer, theme, output, git, siteKey, settingsKey);
        if (observer is not null)
        {
            observer.Started(diagnostics, ObservedPipelines.CountPhases(pipelines));
            pipelines = ObservedPipelines.Wrap(pipelines, observer);
        }

        object[] services = cache is null
            ? [spill!, new SearchIndexSession(new SearchIndexOptions()), new StringPool()]
            : [cache, cache.Spill, cache.Search, cache.Strings];
        var engine = new PipelineEngine(pipelines, services);
        EngineResult result;
        try
        {
            result = await engine.RunAsync(diagnostics, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            observer?.Finished();
        }

        whileOpen?.Invoke(result);
        var succeeded = result.Succeeded && (!options.Publish || Commit(output, diagnostics));
        if (succeeded && options.Publish)
        {
            cache?.Committed();
        }
        else
        {
            cache?.Abandoned();
        }

        return new Result(succeeded, diagnostics, result, output.FileCount, clock.Elapsed, site);
    }

    // The output folder is the command line's to name: one that cannot be made (a file in its
    // place or in its path, no permission) is an error of the build naming it, not a crash.
    private static ISiteOutput? OpenOutput(string folder, bool incremental, BuildCache? cache, DiagnosticBag diagnostics)
    {
        try
        {
            return incremental ? new IncrementalOutput(folder, cache!.CommittedFiles) : new StagingOutput(folder, cache?.CommittedFiles);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(Diagnostic.Error($"the output folder cannot be written: {e.Message}", new SourceLocation(Path.GetFullPath(folder)), "output.folder"));
            return null;
        }
    }

    private static bool Commit(ISiteOutput output, DiagnosticBag diagnostics)
    {
        try
        {
            output.Commit();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(Diagnostic.Error($"the built site could not be put in place: {e.Message}", new SourceLocation(output.OutputFolder), "output.folder"));
            return false;
        }
    }
}
