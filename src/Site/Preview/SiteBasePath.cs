using Site.Engine.Diagnostics;
using Site.Releases.Pipelines;
using Site.Web.Paths;

namespace Site.Cli.Preview;

/// <summary>The base path the build used: --base-path when given, else input/site.yml's basePath.</summary>
internal static class SiteBasePath
{
    /// <summary>Null when the settings cannot be read (the build reports why).</summary>
    public static string? Read(string root, string? overridePath)
    {
        if (overridePath is not null)
        {
            return UrlBuilder.NormalizeBasePath(overridePath);
        }

        return ReleaseSiteContext.Load(root, null, new DiagnosticBag())?.BasePath;
    }
}
