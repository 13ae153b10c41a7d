using Site.Engine.Diagnostics;
using Site.Releases.Settings;
using Site.Web.Settings;

namespace Site.Releases.Pipelines;

/// <summary>Everything the pipelines need to know about the site being built, read once before the build.</summary>
public sealed record ReleaseSiteContext(
    string Root,
    SiteSettings Site,
    ReleaseSettings Releases,
    IReadOnlyList<FeatureAliasGroup> FeatureAliases,
    string BasePath)
{
    public const string InputFolder = "input";

    /// <summary>Reads input/site.yml, input/releases.yml and the alias data; errors go to <paramref name="diagnostics"/>.</summary>
    public static ReleaseSiteContext? Load(string root, string? basePathOverride, IDiagnostics diagnostics)
    {
        var site = YamlSettings.Load<SiteSettings>(Path.Combine(root, InputFolder, SiteSettings.FileName), InputFolder + "/" + SiteSettings.FileName, diagnostics, new WebSettingsYaml());
        var releases = YamlSettings.Load<ReleaseSettings>(Path.Combine(root, InputFolder, ReleaseSettings.FileName), InputFolder + "/" + ReleaseSettings.FileName, diagnostics, new ReleaseSettingsYaml());
        if (site is null || releases is null)
        {
            return null;
        }

        var aliasPath = InputFolder + "/" + releases.FeatureAliasesFile.TrimStart('/');
        var aliases = YamlSettings.Load<List<FeatureAliasGroup>>(Path.Combine(root, aliasPath), aliasPath, diagnostics, new ReleaseSettingsYaml());
        if (aliases is null)
        {
            return null;
        }

        var basePath = global::Site.Web.Paths.UrlBuilder.NormalizeBasePath(basePathOverride ?? site.BasePath);
        return new ReleaseSiteContext(Path.GetFullPath(root), site, releases, aliases, basePath);
    }
}
