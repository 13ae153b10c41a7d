namespace Site.Web.Toc;

/// <summary>
/// The markdown files doctoc would process for some paths: a file as given, a directory's
/// <c>.md</c> and <c>.markdown</c> files at any depth, except under <c>.git</c> and
/// <c>node_modules</c>. Symbolic links are not followed. Files come back sorted, each once even
/// when two paths reach it.
/// </summary>
public static class MarkdownFileWalker
{
    private static readonly string[] Extensions = [".md", ".markdown"];
    private static readonly string[] IgnoredDirectories = [".git", "node_modules"];

    /// <exception cref="FileNotFoundException">A path is neither a file nor a directory.</exception>
    public static IReadOnlyList<string> Find(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.TryAdd(Path.GetFullPath(path), path);
            }
            else if (Directory.Exists(path))
            {
                AddDirectory(new DirectoryInfo(path), path, files);
            }
            else
            {
                throw new FileNotFoundException($"no such file or directory: {path}", path);
            }
        }

        return [.. files.Values];
    }

    private static void AddDirectory(DirectoryInfo directory, string shownPath, SortedDictionary<string, string> files)
    {
        foreach (var entry in directory.EnumerateFileSystemInfos())
        {
            if (entry.LinkTarget is not null)
            {
                continue;
            }

            var entryPath = Path.Combine(shownPath, entry.Name);
            if (entry is DirectoryInfo child)
            {
                if (Array.IndexOf(IgnoredDirectories, entry.Name) < 0)
                {
                    AddDirectory(child, entryPath, files);
                }
            }
            else if (Array.IndexOf(Extensions, Path.GetExtension(entry.Name)) >= 0)
            {
                files.TryAdd(Path.GetFullPath(entryPath), entryPath);
            }
        }
    }
}
