using System.Diagnostics;
using System.Globalization;

namespace Site.Web.Git;

/// <summary>
/// When each file last changed, from one `git log` over the whole repository (one process, not one
/// per file). Outside a git checkout there are no dates, and pages simply do not show one: a
/// file's modification time differs between clones and would make builds non-deterministic.
/// </summary>
public sealed class GitHistory
{
    // Done when the log has been read (on a thread of its own, see Start); Empty's is done from the first.
    private readonly Task<Snapshot> _snapshot;

    private GitHistory(Task<Snapshot> snapshot) => _snapshot = snapshot;

    /// <summary>The repository's top level and HEAD commit the history was read at (null outside git).</summary>
    public string? Version => Loaded().Version;

    /// <summary>Every path and date, as one number (for build caches: equal histories date pages alike).</summary>
    public long Fingerprint => Loaded().Fingerprint;

    public static GitHistory Empty { get; } = new(Task.FromResult(Snapshot.Of([], null)));

    /// <summary>Last commit date of a path relative to <paramref name="siteRoot"/>, if git knows it.</summary>
    public DateTimeOffset? LastChanged(string sitePath) => Loaded().LastChange.TryGetValue(sitePath, out var date) ? date : null;

    /// <summary>
    /// Starts reading the history on a thread of its own and returns at once; the first question
    /// asked of the result waits for it. A build needs the dates only when it makes pages, after
    /// reading and parsing every source: the two git processes (tens of milliseconds, seconds in
    /// a repository with a long history) no longer hold up its start.
    /// </summary>
    /// <param name="previous">
    /// The history a long-running process (the preview) read last time: dates only change with
    /// commits, so while HEAD stays the same it is returned as it is, without reading the whole log again.
    /// </param>
    public static GitHistory Start(string siteRoot, GitHistory? previous = null)
        => new(Task.Factory.StartNew(() => Load(siteRoot, previous), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));

    private Snapshot Loaded() => _snapshot.GetAwaiter().GetResult();

    private static Snapshot Load(string siteRoot, GitHistory? previous)
    {
        var version = RunGit(siteRoot, "rev-parse", "--show-toplevel", "HEAD")?.Trim();
        var topLevel = version?.Split('\n')[0].Trim();
        if (string.IsNullOrEmpty(topLevel))
        {
            return Empty.Loaded();
        }

        // A read that failed (a previous build's) is not reused: it would fail every build after it.
        if (previous is { _snapshot.IsFaulted: false } && previous.Version == version)
        {
            return previous.Loaded();
        }

        // Paths are printed relative to the top level; the site root may be a sub-folder of it.
        var prefix = Path.GetRelativePath(topLevel, siteRoot).Replace('\\', '/');
        prefix = prefix == "." ? string.Empty : prefix.TrimEnd('/') + "/";
        var log = RunGit(siteRoot, "-c", "core.quotePath=false", "log", "--format=@%cI", "--name-only", "--no-renames", "--", ".");
        var dates = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        if (log is null)
        {
            return Empty.Loaded();
        }

        DateTimeOffset current = default;
        foreach (var raw in log.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith('@'))
            {
                current = DateTimeOffset.Parse(line[1..], CultureInfo.InvariantCulture);
            }
            else if (line.Length > 0 && line.StartsWith(prefix, StringComparison.Ordinal))
            {
                // git log lists newest first: the first date seen for a path is its last change.
                dates.TryAdd(line[prefix.Length..], current);
            }
        }

        return Snapshot.Of(dates, version);
    }

    private sealed record Snapshot(Dictionary<string, DateTimeOffset> LastChange, string? Version, long Fingerprint)
    {
        public static Snapshot Of(Dictionary<string, DateTimeOffset> lastChange, string? version)
        {
            var hash = new Text.Fingerprint();
            foreach (var (path, date) in lastChange.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                hash.Add(path).Add(date.UtcTicks);
            }

            return new Snapshot(lastChange, version, hash.Value);
        }
    }

    private static string? RunGit(string workingDirectory, params string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo("git")
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return process.ExitCode == 0 ? output.Result : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
