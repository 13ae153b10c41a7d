using Site.Web.Links;
using Site.Web.Settings;

namespace Site.Web.Markdown;

/// <summary>
/// Decides what a link written in markdown points at and how it must be written in HTML:
/// <list type="bullet">
/// <item>links to other markdown files (<c>other.md#x</c>, <c>../seeds/y.md</c>) become the URL of that file's page;</item>
/// <item>root-relative links of imported posts that no page of ours answers go to the post's origin site;</item>
/// <item>every other root-relative link gets the base path, so the site works under /repo/.</item>
/// </list>
/// </summary>
public sealed class LinkRewriter(
    IReadOnlyDictionary<string, string> pageUrlBySourcePath,
    Func<string, bool> isSitePage,
    string basePath,
    ImportedPostSettings importedPosts)
{
    public sealed record Result(string Href, string Target, LinkKind Kind);

    public Result Rewrite(string url, string sourcePath, string pageUrl, bool isImportedPost)
    {
        var trimmed = url.Trim();
        if (trimmed.Length == 0)
        {
            return new Result(url, pageUrl, LinkKind.Internal);
        }

        if (trimmed.StartsWith('#'))
        {
            return new Result(trimmed, pageUrl + trimmed, LinkKind.Internal);
        }

        if (HasScheme(trimmed, out var scheme))
        {
            var kind = scheme is "http" or "https" ? LinkKind.External : LinkKind.Other;
            return new Result(trimmed, trimmed, kind);
        }

        if (trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            return new Result(trimmed, "https:" + trimmed, LinkKind.External);
        }

        var (path, suffix) = SplitSuffix(trimmed);
        if (path.StartsWith('/'))
        {
            return RootRelative(path, suffix, isImportedPost);
        }

        var resolved = ResolveRelative(sourcePath, path);
        if (resolved is not null && pageUrlBySourcePath.TryGetValue(resolved, out var target))
        {
            return Internal(target, suffix);
        }

        // A relative link to something that is not a page: resolve it against the page's URL,
        // as a browser would, and let the link check say whether it exists.
        return Internal(ResolveAgainstUrl(pageUrl, path), suffix);
    }

    /// <summary>
    /// What an href or src in raw HTML points at. Raw HTML is not rewritten (only the base path is
    /// added), so a relative <c>other.md</c> there stays a link to other.md and is resolved against
    /// the page's URL as a browser resolves it; the link check then reports it instead of passing
    /// a link that is broken on the site. Everything else reads as <see cref="Rewrite"/> reads it.
    /// </summary>
    public Result RewriteRawHtml(string url, string sourcePath, string pageUrl, bool isImportedPost)
    {
        var trimmed = url.Trim();
        if (trimmed.Length == 0 || trimmed.StartsWith('#') || trimmed.StartsWith('/') || HasScheme(trimmed, out _))
        {
            return Rewrite(url, sourcePath, pageUrl, isImportedPost);
        }

        var (path, suffix) = SplitSuffix(trimmed);
        return Internal(ResolveAgainstUrl(pageUrl, path), suffix);
    }

    private Result RootRelative(string path, string suffix, bool isImportedPost)
    {
        if (isImportedPost && importedPosts.Origin.Length > 0 && !isSitePage(path))
        {
            var external = importedPosts.Origin.TrimEnd('/') + path + suffix;
            return new Result(external, external, LinkKind.External);
        }

        return Internal(path, suffix);
    }

    private Result Internal(string siteUrl, string suffix)
        => new(basePath + siteUrl.TrimStart('/') + suffix, siteUrl + suffix, LinkKind.Internal);

    private static bool HasScheme(string url, out string scheme)
    {
        scheme = string.Empty;
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        for (var i = 0; i < colon; i++)
        {
            var c = url[i];
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') || (i == 0 && !char.IsAsciiLetter(c)))
            {
                return false;
            }
        }

        scheme = url[..colon].ToLowerInvariant();
        return true;
    }

    private static (string Path, string Suffix) SplitSuffix(string url)
    {
        var cut = url.IndexOfAny(['#', '?']);
        return cut < 0 ? (url, string.Empty) : (url[..cut], url[cut..]);
    }

    /// <summary>Resolves a relative file link against the folder of the source file (site-root relative).</summary>
    public static string? ResolveRelative(string sourcePath, string relative)
    {
        // Most links are plain ("page-00378.md", "sub/page.md"): joined without splitting (at
        // 10,000 pages the general path below was 1.5 s of thread time).
        var slash = sourcePath.LastIndexOf('/');
        var folder = slash < 0 ? [] : sourcePath.AsSpan(0, slash);
        if (IsPlainPath(relative) && (folder.IsEmpty || IsPlainPath(folder)))
        {
            return folder.IsEmpty ? relative : string.Concat(folder, "/", relative);
        }

        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(relative);
        }
        catch (UriFormatException)
        {
            return null;
        }

        var parts = new List<string>(folder.ToString().Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var segment in decoded.Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(segment);
            }
        }

        return string.Join('/', parts);
    }

    // No escapes to decode and no empty, "." or ".." segment: nothing for the general path to change.
    private static bool IsPlainPath(ReadOnlySpan<char> path)
    {
        if (path.IsEmpty || path.Contains('%'))
        {
            return false;
        }

        foreach (var range in path.Split('/'))
        {
            if (path[range] is [] or "." or "..")
            {
                return false;
            }
        }

        return true;
    }

    private static string ResolveAgainstUrl(string pageUrl, string relative)
    {
        var resolved = new Uri(new Uri("http://site" + pageUrl), relative);
        return resolved.AbsolutePath;
    }
}
