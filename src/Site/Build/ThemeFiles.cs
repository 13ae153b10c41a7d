using System.IO.Hashing;

namespace Site.Cli.Build;

/// <summary>
/// Where the theme's assets and UI strings are: the site root's theme/ folder when it has them,
/// else the copy that ships with the program (so the .NET tool works in any folder).
/// </summary>
public sealed class ThemeFiles(string root)
{
    private static readonly string Shipped = Path.Combine(AppContext.BaseDirectory, "theme");

    public string Assets => Pick("assets", "site.css");

    public string Strings => Pick("i18n", "en.yml");

    /// <summary>lunr.js comes from npm into the shipped copy; a site's own theme folder may not have run npm.</summary>
    public IEnumerable<(string File, string Name)> AssetFiles()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var folder in new[] { Assets, Path.Combine(Shipped, "assets") }.Distinct())
        {
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var name = Path.GetRelativePath(folder, file).Replace('\\', '/');
                if (seen.Add(name))
                {
                    yield return (file, name);
                }
            }
        }
    }

    /// <summary>
    /// A short hash of every asset, so pages can ask for new assets after any change. Not a
    /// cryptographic hash: nothing here is secret or adversarial, and SHA-256 loaded OpenSSL's two
    /// libraries at every start (~20 ms of reading from disk before the build began).
    /// </summary>
    public string Version()
    {
        var hash = new XxHash128();
        foreach (var (file, name) in AssetFiles().OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            hash.Append(System.Text.Encoding.UTF8.GetBytes(name));
            hash.Append(File.ReadAllBytes(file));
        }

        return Convert.ToHexStringLower(hash.GetCurrentHash())[..10];
    }

    private string Pick(string folder, string marker)
    {
        var local = Path.Combine(root, "theme", folder);
        return File.Exists(Path.Combine(local, marker)) ? local : Path.Combine(Shipped, folder);
    }
}
