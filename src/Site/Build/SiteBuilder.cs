using System.Diagnostics;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Pipelines;
using Site.Releases.Pipelines;
using Site.Theme.Services;
using Site.Web.Git;
using Site.Web.Links;
using Site.Web.Output;
using Site.Web.Pages;
using Site.Web.Paths;
using Site.Web.Search;

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
    public static async Task<Result> RunAsync(BuildOptions options, IBuildObserver? observer, CancellationToken cancellationToken = default)
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
        var git = GitHistory.Read(root);
        var urls = new UrlBuilder(site.BasePath, site.Site.SiteUrl);
        using var output = new StagingOutput(options.OutputFolder);
        using var spill = new SpillStore();
        using var renderer = new ThemeRenderer(new ThemeContext(site.Site, urls, text, new EditLinks(site.Site), theme.Version()));
        var pipelines = SitePipelines.Create(site, text, renderer, theme, output, git);
        if (observer is not null)
        {
            observer.Started(diagnostics, ObservedPipelines.CountPhases(pipelines));
            pipelines = ObservedPipelines.Wrap(pipelines, observer);
        }

        var engine = new PipelineEngine(pipelines, [spill, new SearchIndexSession(new SearchIndexOptions()), new StringPool()]);
        EngineResult result;
        try
        {
            result = await engine.RunAsync(diagnostics, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            observer?.Finished();
        }

        var succeeded = result.Succeeded;
        if (succeeded && options.Publish)
        {
            output.Commit();
        }

        return new Result(succeeded, diagnostics, result, output.FileCount, clock.Elapsed, site);
    }
}
