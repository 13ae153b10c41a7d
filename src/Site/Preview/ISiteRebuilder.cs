using Site.Cli.Build;

namespace Site.Cli.Preview;

/// <summary>
/// The preview's one way into the build (<see cref="IncrementalSiteRebuilder"/>: only what an edit
/// affects is redone), so the server, watcher and reload code do not depend on how builds run.
/// </summary>
public interface ISiteRebuilder
{
    /// <summary>Builds the site into the output folder; on failure the previous output must stay as it was.</summary>
    Task<SiteBuilder.Result> BuildAsync(SiteChanges changes, CancellationToken cancellationToken);
}
