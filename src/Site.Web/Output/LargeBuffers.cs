using System.Buffers;

namespace Site.Web.Output;

/// <summary>
/// Pools for page-sized buffers (a large index page renders to megabytes). ArrayPool.Shared keeps a
/// returned array in the returning thread's own slot and drops arrays when the collector trims it,
/// so in a long preview the next page of that size, rendered on another thread, allocated a new
/// array each time: arrays of 85 KB and more live on the large object heap, and its growth is what
/// set off a full (gen2) collection after nearly every rebuild. These pools share their arrays
/// between threads and keep a few per size for the life of the process. Only arrays below the
/// large-object threshold (1 MB, Site.csproj) come from here: a longer buffer is native memory
/// (CharBufferWriter, Utf8), since allocating megabyte arrays while the heap was big set off full
/// collections.
/// </summary>
public static class LargeBuffers
{
    /// <summary>The longest char array handed out: 512 KB, the pool's largest power of two under the threshold.</summary>
    public const int MaxArrayChars = 256 * 1024;

    /// <summary>The longest byte array handed out (512 KB).</summary>
    public const int MaxArrayBytes = 512 * 1024;

    private const int ArraysPerSize = 4;

    public static ArrayPool<char> Chars { get; } = ArrayPool<char>.Create(MaxArrayChars, ArraysPerSize);

    public static ArrayPool<byte> Bytes { get; } = ArrayPool<byte>.Create(MaxArrayBytes, ArraysPerSize);
}
