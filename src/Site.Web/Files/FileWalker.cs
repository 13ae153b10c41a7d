using System.IO.Enumeration;

namespace Site.Web.Files;

/// <summary>
/// Finds files by extension below a folder, skipping folders contributors never mean as content
/// (.git, node_modules, hidden folders) and never following symbolic links out of the tree.
/// </summary>
public static class FileWalker
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { ".git", "node_modules" };

    // Links are told apart by the type the directory listing gives with each name, so no entry
    // costs a stat or a readlink of its own: that was two system calls per file before the first
    // file was read, one at a time, each waiting for the disk when the caches are cold.
    private static readonly EnumerationOptions Listing = new()
    {
        AttributesToSkip = FileAttributes.ReparsePoint,
        IgnoreInaccessible = false,
        RecurseSubdirectories = false,
        ReturnSpecialDirectories = false,
    };

    public static IEnumerable<string> Find(string folder, IReadOnlyCollection<string> extensions)
    {
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            var entries = new FileSystemEnumerable<(string Path, bool IsFolder)>(
                directory, (ref FileSystemEntry entry) => (entry.ToFullPath(), entry.IsDirectory), Listing);
            foreach (var (path, isFolder) in entries)
            {
                var name = Path.GetFileName(path);
                if (isFolder)
                {
                    if (!SkippedFolders.Contains(name) && !name.StartsWith('.'))
                    {
                        pending.Push(path);
                    }
                }
                else if (extensions.Count == 0 || extensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
                {
                    yield return path;
                }
            }
        }
    }
}
