namespace Site.Cli.Reporting;

/// <summary>
/// Paths as CI tools need them: relative to the repository root (the site root) with '/'
/// separators, so GitHub annotations and SARIF results land on the file in the diff.
/// </summary>
public static class ReportPaths
{
    /// <summary>Diagnostics are already site-relative; a full path under the root is made relative, any other path is kept.</summary>
    public static string Relative(string root, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!Path.IsPathFullyQualified(path))
        {
            return path.Replace('\\', '/');
        }

        var relative = Path.GetRelativePath(root, path);
        var outside = relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathFullyQualified(relative);
        return (outside ? path : relative).Replace('\\', '/');
    }

    /// <summary>A relative path as a URI reference: each segment percent-encoded, '/' kept.</summary>
    public static string ToUriReference(string relativePath)
        => string.Join('/', relativePath.Split('/').Select(Uri.EscapeDataString));
}
