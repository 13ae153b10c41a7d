namespace Site.Web.Files;

/// <summary>
/// Finds files by extension below a folder, skipping folders contributors never mean as content
/// (.git, node_modules, hidden folders) and never following symbolic links out of the tree.
/// </summary>
public static class FileWalker
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { ".git", "node_modules" };

    public static IEnumerable<string> Find(string folder, IReadOnlyCollection<string> extensions)
    {
        var pending = new Stack<DirectoryInfo>();
        pending.Push(new DirectoryInfo(folder));
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            foreach (var entry in directory.EnumerateFileSystemInfos())
            {
                if (entry.LinkTarget is not null)
                {
                    continue;
                }

                if (entry is DirectoryInfo sub)
                {
                    if (!SkippedFolders.Contains(sub.Name) && !sub.Name.StartsWith('.'))
                    {
                        pending.Push(sub);
                    }
                }
                else if (extensions.Count == 0 || extensions.Any(e => entry.Name.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
                {
                    yield return entry.FullName;
                }
            }
        }
    }
}
