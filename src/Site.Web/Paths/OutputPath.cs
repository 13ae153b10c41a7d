using System.Diagnostics.CodeAnalysis;

namespace Site.Web.Paths;

/// <summary>
/// Validates where a page may be written. Anything a document controls (front matter slug and
/// url, link targets) goes through here, so no write can land outside the output folder:
/// no "..", no absolute or drive-letter paths, no encoded escapes of either, no control characters.
/// </summary>
public static class OutputPath
{
    /// <summary>
    /// Turns a site URL path such as "/blog/2017/06/post" or "releases/v1.7/" into the file it is
    /// written to ("blog/2017/06/post/index.html"). Returns false with a reason when the path is unsafe.
    /// </summary>
    public static bool TryFromUrl(string url, [NotNullWhen(true)] out string? file, [NotNullWhen(false)] out string? problem)
    {
        file = null;
        if (!TryNormalizeUrlPath(url, out var path, out problem))
        {
            return false;
        }

        file = path.Length == 0 ? "index.html"
            : path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
                ? path
                : path + "/index.html";
        return true;
    }

    /// <summary>
    /// Normalizes a URL path to '/'-separated segments without leading or trailing slash, rejecting
    /// anything that would escape the root once decoded.
    /// </summary>
    public static bool TryNormalizeUrlPath(string url, out string path, [NotNullWhen(false)] out string? problem)
    {
        path = string.Empty;
        string decoded;
        try
        {
            // Decode twice: "%252e%252e" must not survive as ".." after a server decodes it again.
            decoded = Uri.UnescapeDataString(Uri.UnescapeDataString(url));
        }
        catch (UriFormatException)
        {
            problem = $"'{url}' is not a valid path";
            return false;
        }

        if (decoded.Any(c => char.IsControl(c)))
        {
            problem = $"'{url}' contains control characters";
            return false;
        }

        if (decoded.Contains('\\', StringComparison.Ordinal) || (decoded.Length >= 2 && decoded[1] == ':') || decoded.StartsWith("//", StringComparison.Ordinal)
            || decoded.Contains("://", StringComparison.Ordinal))
        {
            problem = $"'{url}' is not a path inside the site (absolute, drive letter or backslash)";
            return false;
        }

        var segments = decoded.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is "." or ".."))
        {
            problem = $"'{url}' climbs out of the output folder ('..')";
            return false;
        }

        path = string.Join('/', segments);
        problem = null;
        return true;
    }

    /// <summary>Resolves a validated relative output path under the output folder, re-checking containment.</summary>
    public static string Resolve(string outputFolder, string relativeFile)
    {
        var root = Path.GetFullPath(outputFolder);
        var full = Path.GetFullPath(Path.Combine(root, relativeFile));
        var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        if (!full.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Refusing to write '{relativeFile}' outside the output folder.");
        }

        return full;
    }
}
