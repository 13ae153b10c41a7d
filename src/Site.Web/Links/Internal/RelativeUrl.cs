using System.Text;

namespace Site.Web.Links.Internal;

/// <summary>
/// Resolves an href against the path of the page it stands in, as a browser does, with string
/// operations only: the link check runs this for every link of every page.
/// </summary>
public static class RelativeUrl
{
    /// <summary>
    /// The absolute path an href leads to from <paramref name="pagePath"/> (both without scheme and
    /// host), and its fragment (without '#', empty when none). The query is dropped.
    /// </summary>
    public static (string Path, string Fragment) Resolve(string pagePath, string href)
    {
        var hash = href.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash >= 0 ? href[(hash + 1)..] : string.Empty;
        var path = hash >= 0 ? href[..hash] : href;
        var query = path.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            path = path[..query];
        }

        if (path.Length == 0)
        {
            return (pagePath, fragment);
        }

        if (path.StartsWith('/') && !path.Contains("/.", StringComparison.Ordinal))
        {
            return (path, fragment);
        }

        var folder = pagePath[..(pagePath.LastIndexOf('/') + 1)];
        return (Normalize(path.StartsWith('/') ? path : folder + path), fragment);
    }

    // Applies "." and ".." segments; ".." above the root stays at the root, as in a browser.
    private static string Normalize(string path)
    {
        var segments = new List<string>();
        var parts = path.Split('/');
        for (var i = 1; i < parts.Length; i++)
        {
            var part = parts[i];
            var last = i == parts.Length - 1;
            if (part == ".")
            {
                if (last)
                {
                    segments.Add(string.Empty);
                }
            }
            else if (part == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }

                if (last)
                {
                    segments.Add(string.Empty);
                }
            }
            else
            {
                segments.Add(part);
            }
        }

        var result = new StringBuilder();
        foreach (var segment in segments)
        {
            result.Append('/').Append(segment);
        }

        return result.Length == 0 ? "/" : result.ToString();
    }
}
