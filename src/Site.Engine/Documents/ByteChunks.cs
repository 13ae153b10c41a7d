namespace Site.Engine.Documents;

/// <summary>
/// Bytes kept as a list of arrays that nobody changes afterwards. A file of megabytes (a search
/// shard, the sitemap) written as chunks of <see cref="ChunkSize"/> never needs one array of its
/// size: such arrays go on the large object heap, whose growth sets off full collections.
/// </summary>
public sealed class ByteChunks
{
    /// <summary>Below the large object heap's 85,000-byte threshold.</summary>
    public const int ChunkSize = 1 << 16;

    private readonly ReadOnlyMemory<byte>[] _segments;

    private ByteChunks(ReadOnlyMemory<byte>[] segments)
    {
        _segments = segments;
        Length = segments.Sum(s => (long)s.Length);
    }

    /// <summary>One array, kept as it is (not copied).</summary>
    public static ByteChunks Of(byte[] bytes) => new([bytes]);

    /// <summary>Chunks as <see cref="ByteChunksStream"/> filled them: each full but the last.</summary>
    internal static ByteChunks Of(List<byte[]> chunks, int lastLength)
        => new([.. chunks.Select((chunk, i) => new ReadOnlyMemory<byte>(chunk, 0, i == chunks.Count - 1 ? lastLength : chunk.Length))]);

    public IReadOnlyList<ReadOnlyMemory<byte>> Segments => _segments;

    public long Length { get; }

    /// <summary>The bytes in one array (for small files and tests; a large file should be written by its segments).</summary>
    public byte[] ToArray()
    {
        var bytes = new byte[Length];
        var at = 0;
        foreach (var segment in _segments)
        {
            segment.Span.CopyTo(bytes.AsSpan(at));
            at += segment.Length;
        }

        return bytes;
    }
}
