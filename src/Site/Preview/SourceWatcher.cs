namespace Site.Cli.Preview;

/// <summary>
/// Watches the folders a build reads (input/, seeds/, theme/ of the site root) and passes each
/// relevant change on. Editor temporaries and the theme project's build folders are ignored; a
/// folder created after the start is picked up.
/// </summary>
internal sealed class SourceWatcher : IDisposable
{
    public static readonly IReadOnlyList<string> WatchedFolders = ["input", "seeds", "theme"];

    // theme/ is also a .NET and npm project in this repository: its build output is not site input.
    private static readonly string[] IgnoredThemeFolders = ["bin", "obj", "node_modules"];

    private readonly string _root;
    private readonly Action<string> _changed;
    private readonly Action _lostTrack;
    private readonly Dictionary<string, FileSystemWatcher> _watchers = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly FileSystemWatcher _rootWatcher;
    private bool _disposed;

    /// <param name="changed">Called with the changed file's path relative to the root ('/'-separated), on a watcher thread.</param>
    /// <param name="lostTrack">Called when events were lost (buffer overflow): everything must be rebuilt.</param>
    public SourceWatcher(string root, Action<string> changed, Action lostTrack)
    {
        _root = Path.GetFullPath(root);
        _changed = changed;
        _lostTrack = lostTrack;
        foreach (var folder in WatchedFolders)
        {
            Watch(folder);
        }

        // Only to notice input/, seeds/ or theme/ appearing (or coming back) after the start.
        _rootWatcher = new FileSystemWatcher(_root) { IncludeSubdirectories = false, NotifyFilter = NotifyFilters.DirectoryName };
        _rootWatcher.Created += (_, e) => FolderAppeared(e.Name);
        _rootWatcher.Renamed += (_, e) => FolderAppeared(e.Name);
        _rootWatcher.EnableRaisingEvents = true;
    }

    /// <summary>Whether a change to this root-relative path can change the site.</summary>
    public static bool IsRelevant(string relativePath)
    {
        var parts = relativePath.Split('/');
        if (parts.Length < 2 || !WatchedFolders.Contains(parts[0], StringComparer.Ordinal))
        {
            return false;
        }

        if (parts[0] == "theme" && IgnoredThemeFolders.Contains(parts[1], StringComparer.Ordinal))
        {
            return false;
        }

        return !EditorTempFiles.IsTemporary(relativePath);
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            _rootWatcher.Dispose();
            foreach (var watcher in _watchers.Values)
            {
                watcher.Dispose();
            }

            _watchers.Clear();
        }
    }

    private void FolderAppeared(string? name)
    {
        if (name is not null && WatchedFolders.Contains(name, StringComparer.Ordinal))
        {
            Watch(name);
            _lostTrack();
        }
    }

    private void Watch(string folder)
    {
        var path = Path.Combine(_root, folder);
        lock (_lock)
        {
            if (_disposed || !Directory.Exists(path))
            {
                return;
            }

            if (_watchers.Remove(folder, out var old))
            {
                old.Dispose();
            }

            var watcher = new FileSystemWatcher(path)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                // Saving a big folder at once (git checkout) must not overflow the default 8 KB.
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => Report(e.FullPath);
            watcher.Created += (_, e) => Report(e.FullPath);
            watcher.Deleted += (_, e) => Report(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Report(e.OldFullPath);
                Report(e.FullPath);
            };
            watcher.Error += (_, _) => _lostTrack();
            watcher.EnableRaisingEvents = true;
            _watchers[folder] = watcher;
        }
    }

    private void Report(string fullPath)
    {
        var relative = Path.GetRelativePath(_root, fullPath).Replace(Path.DirectorySeparatorChar, '/');
        if (IsRelevant(relative))
        {
            _changed(relative);
        }
    }
}
