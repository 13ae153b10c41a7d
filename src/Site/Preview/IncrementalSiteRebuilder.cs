using Site.Cli.Build;
using Site.Web.Caching;
using Site.Web.Files;
using Site.Web.Output;
using Site.Web.Search;

namespace Site.Cli.Preview;

/// <summary>
/// Rebuilds with a build cache kept for the whole preview: after an edit only the documents and
/// pages it affects are parsed, linked and rendered, and only changed files are written (after
/// the build succeeded). Output is the same as a full build's; the link check still covers the
/// whole site.
/// </summary>
public sealed class IncrementalSiteRebuilder(BuildOptions options, IBuildObserver? observer = null) : ISiteRebuilder, IDisposable
{
    private readonly BuildCache _cache = new(options.OutputFolder, new SearchIndexOptions());

    public Task<SiteBuilder.Result> BuildAsync(SiteChanges changes, CancellationToken cancellationToken)
    {
        // Files are otherwise re-read only when their length or time changed; what the watcher
        // reports is read again whatever its time says.
        foreach (var path in changes.Everything ? [string.Empty] : changes.Paths)
        {
            _cache.Forget(ReadFiles.CacheName(path));
        }

        return SiteBuilder.RunAsync(options, observer, _cache, cancellationToken);
    }

    public void Dispose() => _cache.Dispose();
}
