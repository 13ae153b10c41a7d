using Site.Web.Tests.Support;

namespace Site.Tests.Support;

/// <summary>Temp copies of the repository's site root, so tests can build and edit without touching the real one.</summary>
internal static class SiteRoots
{
    /// <summary>Copies input/ and seeds/ (not theme/: the program's shipped theme is used).</summary>
    public static void CopyTo(string target)
    {
        CopyTree(Path.Combine(RepositoryPaths.Root, "input"), Path.Combine(target, "input"));
        CopyTree(RepositoryPaths.Seeds, Path.Combine(target, "seeds"));
    }

    private static void CopyTree(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
