using Site.Cli.Build;

namespace Site.Cli.Preview;

/// <summary>Rebuilds everything on every change, exactly as `site build` does.</summary>
public sealed class FullSiteRebuilder(BuildOptions options, IBuildObserver? observer = null) : ISiteRebuilder
{
    public Task<SiteBuilder.Result> BuildAsync(SiteChanges changes, CancellationToken cancellationToken)
        => SiteBuilder.RunAsync(options, observer, cancellationToken);
}
