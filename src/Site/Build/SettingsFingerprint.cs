using Site.Releases.Pipelines;
using Site.Releases.Settings;
using Site.Web.Settings;
using Site.Web.Text;

namespace Site.Cli.Build;

/// <summary>
/// A fingerprint of every file that changes how documents render (settings, feature aliases, UI
/// strings) and of the base path: when it changes, the build cache treats every document as new.
/// </summary>
public static class SettingsFingerprint
{
    public static long Of(string root, ThemeFiles theme, ReleaseSiteContext site)
    {
        var hash = new Fingerprint().Add(site.BasePath);
        var input = Path.Combine(root, ReleaseSiteContext.InputFolder);
        var files = new[] { Path.Combine(input, SiteSettings.FileName), Path.Combine(input, ReleaseSettings.FileName), Path.Combine(input, site.Releases.FeatureAliasesFile) }
            .Concat(Directory.Exists(theme.Strings) ? Directory.EnumerateFiles(theme.Strings, "*.yml").Order(StringComparer.Ordinal) : []);
        foreach (var file in files)
        {
            hash.Add(file).Add(File.Exists(file) ? File.ReadAllText(file) : null);
        }

        return hash.Value;
    }
}
