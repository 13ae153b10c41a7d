using Site.Engine.Diagnostics;
using Site.Engine.Documents;

namespace Site.Web.Output;

/// <summary>
/// Where a build writes the site. Nothing a build writes is visible in the output folder before
/// <see cref="Commit"/>; disposing without committing leaves the previous site as it was. Two
/// documents that claim one file are an error naming both.
/// </summary>
public interface ISiteOutput : IDisposable
{
    /// <summary>The folder the site is in after <see cref="Commit"/>.</summary>
    string OutputFolder { get; }

    int FileCount { get; }

    /// <summary>Every file the build produced (written or kept), as its writer named it.</summary>
    IEnumerable<string> WrittenFiles { get; }

    /// <summary>Writes a file; returns the path it will have, or null (error reported) when another document claimed it.</summary>
    string? Write(string destination, ReadOnlySpan<byte> bytes, string writer, IDiagnostics diagnostics);

    /// <summary>
    /// Writes bytes nobody changes afterwards: an output that holds files until <see cref="Commit"/>
    /// keeps the chunks themselves instead of a copy (a search shard is megabytes; copies of that
    /// size land on the large object heap and bring on full collections).
    /// </summary>
    string? WriteShared(string destination, ByteChunks bytes, string writer, IDiagnostics diagnostics);

    /// <summary>Writes text as UTF-8.</summary>
    string? Write(string destination, ReadOnlySpan<char> text, string writer, IDiagnostics diagnostics);

    /// <summary>Copies a file into the site.</summary>
    string? Copy(string destination, string sourceFile, string writer, IDiagnostics diagnostics);

    /// <summary>
    /// Keeps the file the previous build wrote at <paramref name="destination"/> unchanged; false when
    /// there is none to keep (the caller must write it).
    /// </summary>
    bool Keep(string destination, string writer, IDiagnostics diagnostics);

    /// <summary>Makes what the build wrote the site.</summary>
    void Commit();
}
