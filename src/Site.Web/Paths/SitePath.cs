namespace Site.Web.Paths;

/// <summary>Path helpers that always speak in '/'-separated paths relative to a root.</summary>
public static class SitePath
{
    public static string Relative(string root, string fullPath)
        => Path.GetRelativePath(root, fullPath).Replace('\\', '/');

    /// <summary>Joins URL-style segments with single slashes.</summary>
    public static string Combine(params string[] segments)
        => string.Join('/', segments.Where(s => s.Length > 0).Select(s => s.Trim('/')).Where(s => s.Length > 0));
}
