using Site.Cli.Build;

namespace Site.Cli.Preview;

/// <summary>
/// The preview's one way into the build. Today every change rebuilds the whole site
/// (<see cref="FullSiteRebuilder"/>); an incremental builder that uses <see cref="SiteChanges"/>
/// can replace it here without the server, watcher or reload code noticing.
/// </summary>
public interface ISiteRebuilder
{
    /// <summary>Builds the site into the output folder; on failure the previous output must stay as it was.</summary>
    Task<SiteBuilder.Result> BuildAsync(SiteChanges changes, CancellationToken cancellationToken);
}
