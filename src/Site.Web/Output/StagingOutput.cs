using System.Collections.Concurrent;
using Microsoft.Win32.SafeHandles;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Web.Paths;

namespace Site.Web.Output;

/// <summary>
/// Writes the site into a fresh folder inside ".staging-NAME" beside the output folder and swaps
/// it in only when the whole build succeeded, so a failed or interrupted build leaves the previous
/// site exactly as it was. Two documents that would write the same file are an error naming both.
/// </summary>
public sealed class StagingOutput : ISiteOutput
{
    private const string StagingPrefix = ".staging-";
    private const string RetiredPrefix = ".retired-";

    private readonly FileClaims _claims = new();
    private readonly ConcurrentDictionary<string, Lazy<bool>> _folders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _prints = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long>? _committedPrints;
    private readonly string _holder;
    private bool _committed;

    /// <param name="committedPrints">
    /// When given (a preview's build cache), a fingerprint of every file written is noted there on
    /// commit, so the next build, written over this one by <see cref="IncrementalOutput"/>, knows
    /// what is on disk without reading it back.
    /// </param>
    public StagingOutput(string outputFolder, ConcurrentDictionary<string, long>? committedPrints = null)
    {
        _committedPrints = committedPrints;
        OutputFolder = Path.GetFullPath(outputFolder);
        var parent = Path.GetDirectoryName(OutputFolder) ?? throw new ArgumentException("The output folder needs a parent folder.", nameof(outputFolder));
        Directory.CreateDirectory(parent);
        if (File.Exists(OutputFolder))
        {
            // Found now, not when the finished site would be swapped in.
            throw new IOException($"{OutputFolder} is a file, not a folder.");
        }

        RemoveLeftovers(parent, Path.GetFileName(OutputFolder));

        // The staged tree gets a random name in a folder of its own that ext4 is asked to treat as
        // the top of new trees: each build's thousands of folders and files then go to an uncrowded
        // block group, not to the one where the last output was just deleted (see FolderPlacement).
        _holder = Path.Combine(parent, StagingPrefix + Path.GetFileName(OutputFolder));
        Directory.CreateDirectory(_holder);
        FolderPlacement.StartTreesIn(_holder);
        Folder = Path.Combine(_holder, Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Folder);
    }

    /// <summary>The folder the site appears in after <see cref="Commit"/>.</summary>
    public string OutputFolder { get; }

    /// <summary>Where files are written during the build.</summary>
    public string Folder { get; }

    public int FileCount => _claims.Count;

    /// <summary>Every file written so far, as its writer named it.</summary>
    public IEnumerable<string> WrittenFiles => _claims.Destinations;

    /// <summary>Writes a file of the site. Returns its full path, or null (with an error reported) when another document wrote it first.</summary>
    public string? Write(string destination, ReadOnlySpan<byte> bytes, string writer, IDiagnostics diagnostics)
    {
        if (Create(destination, writer, diagnostics) is not { } file)
        {
            return null;
        }

        using (file.Handle)
        {
            RandomAccess.Write(file.Handle, bytes, 0);
        }

        if (_committedPrints is not null)
        {
            _prints[destination.TrimStart('/')] = new Text.Fingerprint().Add(bytes).Value;
        }

        return file.Path;
    }

    /// <summary>Writes chunks in one gathering write; nothing is copied.</summary>
    public string? WriteShared(string destination, ByteChunks bytes, string writer, IDiagnostics diagnostics)
    {
        if (Create(destination, writer, diagnostics) is not { } file)
        {
            return null;
        }

        using (file.Handle)
        {
            RandomAccess.Write(file.Handle, bytes.Segments, 0);
        }

        if (_committedPrints is not null)
        {
            _prints[destination.TrimStart('/')] = new Text.Fingerprint().Add(bytes).Value;
        }

        return file.Path;
    }

    // The staging folder is ours alone: no share locks (flock) and no seeks, one write per file.
    private (string Path, SafeFileHandle Handle)? Create(string destination, string writer, IDiagnostics diagnostics)
    {
        if (!_claims.Claim(destination, writer, diagnostics))
        {
            return null;
        }

        var full = OutputPath.Resolve(Folder, destination);
        EnsureFolder(Path.GetDirectoryName(full)!);
        return (full, File.OpenHandle(full, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite));
    }

    /// <summary>Writes text as UTF-8, encoding through a pooled buffer.</summary>
    public string? Write(string destination, ReadOnlySpan<char> text, string writer, IDiagnostics diagnostics)
        => Utf8.Encode(text, bytes => Write(destination, bytes, writer, diagnostics));

    /// <summary>A fresh staging folder has nothing to keep.</summary>
    public bool Keep(string destination, string writer, IDiagnostics diagnostics) => false;

    /// <summary>Copies a file into the site (assets).</summary>
    public string? Copy(string destination, string sourceFile, string writer, IDiagnostics diagnostics)
    {
        if (!_claims.Claim(destination, writer, diagnostics))
        {
            return null;
        }

        var full = OutputPath.Resolve(Folder, destination);
        EnsureFolder(Path.GetDirectoryName(full)!);
        File.Copy(sourceFile, full);
        if (_committedPrints is not null)
        {
            _prints[destination.TrimStart('/')] = new Text.Fingerprint().Add(File.ReadAllBytes(full)).Value;
        }

        return full;
    }

    // Each folder is created once, not once per file; Lazy makes every writer wait until it exists.
    private void EnsureFolder(string folder)
        => _ = _folders.GetOrAdd(folder, static f => new Lazy<bool>(() =>
        {
            Directory.CreateDirectory(f);
            return true;
        })).Value;

    public bool Exists(string destination) => _claims.Contains(destination);

    /// <summary>Replaces the output folder with the staged site: rename old away, rename staged in, delete old.</summary>
    public void Commit()
    {
        var parent = Path.GetDirectoryName(OutputFolder)!;
        string? retired = null;
        if (Directory.Exists(OutputFolder))
        {
            retired = Path.Combine(parent, RetiredPrefix + Path.GetFileName(OutputFolder) + "-" + Guid.NewGuid().ToString("N")[..12]);
            Directory.Move(OutputFolder, retired);
        }

        try
        {
            Directory.Move(Folder, OutputFolder);
        }
        catch (Exception) when (retired is not null)
        {
            // Nothing lost: the previous site goes back where it was before the error is reported.
            Directory.Move(retired, OutputFolder);
            throw;
        }

        _committed = true;
        TryDelete(_holder, recursive: false); // only when empty: another build into this output may be staging in it
        if (_committedPrints is not null)
        {
            _committedPrints.Clear();
            foreach (var (name, print) in _prints)
            {
                _committedPrints[name] = print;
            }
        }

        if (retired is not null)
        {
            TryDelete(retired);
        }
    }

    /// <summary>Drops the staged files (a failed build); the output folder is untouched.</summary>
    public void Dispose()
    {
        if (!_committed)
        {
            TryDelete(Folder);
            TryDelete(_holder, recursive: false);
        }
    }

    // What an interrupted build left: its staging folder (and the one it was made in), a retired
    // site it did not get to delete, and staging folders of the older layout (".staging-NAME-ID").
    private static void RemoveLeftovers(string parent, string outputName)
    {
        var holder = Path.Combine(parent, StagingPrefix + outputName);
        if (Directory.Exists(holder))
        {
            TryDelete(holder);
        }

        foreach (var prefix in new[] { StagingPrefix, RetiredPrefix })
        {
            foreach (var leftover in Directory.EnumerateDirectories(parent, prefix + outputName + "-*"))
            {
                TryDelete(leftover);
            }
        }
    }

    // Best effort: a folder that cannot be deleted now is a leftover the next build removes.
    private static void TryDelete(string folder, bool recursive = true)
    {
        try
        {
            Directory.Delete(folder, recursive);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
