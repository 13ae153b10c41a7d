using System.Buffers;
using System.Collections.Concurrent;
using Microsoft.Win32.SafeHandles;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Web.Paths;

namespace Site.Web.Output;

/// <summary>
/// Writes over the previous build's output folder, for the preview, where a build after an edit
/// changes a handful of files. Nothing touches the folder before <see cref="Commit"/>: changed files
/// wait in memory, files equal to what is there are left alone, and on commit the files the build
/// no longer produces are deleted. A failed build is disposed without commit: the previous site stays.
/// </summary>
public sealed class IncrementalOutput : ISiteOutput
{
    private readonly FileClaims _claims = new();
    private readonly ConcurrentDictionary<string, ByteChunks> _pending = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _prints = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _committed;

    // A file kept from a commit that did not note its fingerprint: compared by reading it back.
    private const long UnknownPrint = 0;

    /// <param name="committed">
    /// A fingerprint of each file as the last commit left it (kept by the caller between builds and
    /// updated on commit): a file written again with the same fingerprint is not read back to compare.
    /// </param>
    public IncrementalOutput(string outputFolder, ConcurrentDictionary<string, long>? committed = null)
    {
        OutputFolder = Path.GetFullPath(outputFolder);
        _committed = committed ?? new(StringComparer.Ordinal);
    }

    public string OutputFolder { get; }

    public int FileCount => _claims.Count;

    /// <summary>How many files the commit writes.</summary>
    public int ChangedFiles => _pending.Count;

    public IEnumerable<string> WrittenFiles => _claims.Destinations;

    public string? Write(string destination, ReadOnlySpan<byte> bytes, string writer, IDiagnostics diagnostics)
    {
        if (Claim(destination, writer, diagnostics) is not { } full)
        {
            return null;
        }

        var name = destination.TrimStart('/');
        if (ChangedByPrint(name, full, new Text.Fingerprint().Add(bytes).Value) ?? !SameAsOnDisk(full, bytes))
        {
            _pending[name] = ByteChunks.Of(bytes.ToArray());
        }

        return full;
    }

    // Kept as they are, not copied: nobody changes them (see ISiteOutput.WriteShared).
    public string? WriteShared(string destination, ByteChunks bytes, string writer, IDiagnostics diagnostics)
    {
        if (Claim(destination, writer, diagnostics) is not { } full)
        {
            return null;
        }

        var name = destination.TrimStart('/');
        if (ChangedByPrint(name, full, new Text.Fingerprint().Add(bytes).Value) ?? !SameAsOnDisk(full, bytes))
        {
            _pending[name] = bytes;
        }

        return full;
    }

    private string? Claim(string destination, string writer, IDiagnostics diagnostics)
        => _claims.Claim(destination, writer, diagnostics) ? OutputPath.Resolve(OutputFolder, destination) : null;

    // Whether the file differs from what the last commit left, told by fingerprints when that commit
    // noted one; null when it did not (then the caller compares with the file on disk).
    private bool? ChangedByPrint(string name, string full, long print)
    {
        _prints[name] = print;
        return _committed.TryGetValue(name, out var before) && before != UnknownPrint ? !(before == print && File.Exists(full)) : null;
    }

    public string? Write(string destination, ReadOnlySpan<char> text, string writer, IDiagnostics diagnostics)
        => Utf8.Encode(text, bytes => Write(destination, bytes, writer, diagnostics));

    // The array was just read and is no one else's: kept as it is, not copied again.
    public string? Copy(string destination, string sourceFile, string writer, IDiagnostics diagnostics)
        => WriteShared(destination, ByteChunks.Of(File.ReadAllBytes(sourceFile)), writer, diagnostics);

    public bool Keep(string destination, string writer, IDiagnostics diagnostics)
    {
        // A file the last commit wrote is there (only this output writes the folder); anything
        // else is looked for on disk.
        var name = destination.TrimStart('/');
        var known = _committed.TryGetValue(name, out var print);
        if (!(known || File.Exists(OutputPath.Resolve(OutputFolder, destination))) || !_claims.Claim(destination, writer, diagnostics))
        {
            return false;
        }

        _prints[name] = known ? print : UnknownPrint;
        return true;
    }

    public void Commit()
    {
        foreach (var (destination, bytes) in _pending)
        {
            var full = OutputPath.Resolve(OutputFolder, destination);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            using var file = File.OpenHandle(full, FileMode.Create, FileAccess.Write);
            RandomAccess.Write(file, bytes.Segments, 0);
        }

        var produced = _claims.Destinations.ToHashSet(StringComparer.Ordinal);
        foreach (var stale in StaleFiles(produced))
        {
            File.Delete(stale);
        }

        _pending.Clear();
        _committed.Clear();
        foreach (var (name, print) in _prints)
        {
            _committed[name] = print;
        }
    }

    // Files the last commit wrote that this build no longer produces. Without a record of the last
    // commit, every file of the folder is looked at (slower: a site has a folder per page).
    private IEnumerable<string> StaleFiles(HashSet<string> produced)
    {
        if (_committed.IsEmpty)
        {
            var full = produced.Select(p => Path.GetFullPath(OutputPath.Resolve(OutputFolder, p))).ToHashSet(StringComparer.Ordinal);
            return Directory.EnumerateFiles(OutputFolder, "*", SearchOption.AllDirectories).Where(f => !full.Contains(f)).ToList();
        }

        return _committed.Keys.Where(name => !produced.Contains(name))
            .Select(name => OutputPath.Resolve(OutputFolder, name)).Where(File.Exists).ToList();
    }

    public void Dispose() => _pending.Clear();

    private static bool SameAsOnDisk(string full, ReadOnlySpan<byte> bytes)
    {
        using var file = OpenIfLength(full, bytes.Length);
        return file is not null && SameAt(file, 0, bytes);
    }

    private static bool SameAsOnDisk(string full, ByteChunks bytes)
    {
        using var file = OpenIfLength(full, bytes.Length);
        if (file is null)
        {
            return false;
        }

        long at = 0;
        foreach (var segment in bytes.Segments)
        {
            if (!SameAt(file, at, segment.Span))
            {
                return false;
            }

            at += segment.Length;
        }

        return true;
    }

    // The file, when it exists with this length (else it cannot be the same).
    private static SafeFileHandle? OpenIfLength(string full, long length)
    {
        var file = new FileInfo(full);
        return file.Exists && file.Length == length ? File.OpenHandle(full) : null;
    }

    // Compared in pooled pieces: no array of the whole file (a search shard is megabytes).
    private static bool SameAt(SafeFileHandle file, long at, ReadOnlySpan<byte> expected)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ByteChunks.ChunkSize);
        try
        {
            for (var done = 0; done < expected.Length;)
            {
                var piece = Math.Min(buffer.Length, expected.Length - done);
                if (RandomAccess.Read(file, buffer.AsSpan(0, piece), at + done) != piece || !buffer.AsSpan(0, piece).SequenceEqual(expected.Slice(done, piece)))
                {
                    return false;
                }

                done += piece;
            }

            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
