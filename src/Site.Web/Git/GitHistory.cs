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
    private readonly Dictionary<string, DateTimeOffset> _lastChange;

    private GitHistory(Dictionary<string, DateTimeOffset> lastChange, string? version = null)
    {
        _lastChange = lastChange;
        Version = version;
        var hash = new Text.Fingerprint();
        foreach (var (path, date) in lastChange.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            hash.Add(path).Add(date.UtcTicks);
        }

        Fingerprint = hash.Value;
    }

    /// <summary>The repository's top level and HEAD commit the history was read at (null outside git).</summary>
    public string? Version { get; }

    /// <summary>Every path and date, as one number (for build caches: equal histories date pages alike).</summary>
    public long Fingerprint { get; }

    public static GitHistory Empty { get; } = new([]);

    /// <summary>Last commit date of a path relative to <paramref name="siteRoot"/>, if git knows it.</summary>
    public DateTimeOffset? LastChanged(string sitePath) => _lastChange.TryGetValue(sitePath, out var date) ? date : null;

    /// <param name="previous">
    /// The history a long-running process (the preview) read last time: dates only change with
    /// commits, so while HEAD stays the same it is returned as it is, without reading the whole log again.
    /// </param>
    public static GitHistory Read(string siteRoot, GitHistory? previous = null)
    {
        var version = RunGit(siteRoot, "rev-parse", "--show-toplevel", "HEAD")?.Trim();
        var topLevel = version?.Split('\n')[0].Trim();
        if (string.IsNullOrEmpty(topLevel))
        {
            return Empty;
        }

        if (previous is not null && previous.Version == version)
        {
            return previous;
        }

        // Paths are printed relative to the top level; the site root may be a sub-folder of it.
        var prefix = Path.GetRelativePath(topLevel, siteRoot).Replace('\\', '/');
        prefix = prefix == "." ? string.Empty : prefix.TrimEnd('/') + "/";
        var log = RunGit(siteRoot, "-c", "core.quotePath=false", "log", "--format=@%cI", "--name-only", "--no-renames", "--", ".");
        var dates = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        if (log is null)
        {
            return Empty;
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

        return new GitHistory(dates, version);
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
