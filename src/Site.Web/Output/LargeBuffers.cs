using System.Buffers;

namespace Site.Web.Output;

/// <summary>
/// Pools for page-sized buffers (a large index page renders to megabytes). ArrayPool.Shared keeps a
/// returned array in the returning thread's own slot and drops arrays when the collector trims it,
/// so in a long preview the next page of that size, rendered on another thread, allocated a new
/// array each time: arrays of 85 KB and more live on the large object heap, and its growth is what
/// set off a full (gen2) collection after nearly every rebuild. These pools share their arrays
/// between threads and keep a few per size for the life of the process.
/// </summary>
public static class LargeBuffers
{
    private const int ArraysPerSize = 4;

    public static ArrayPool<char> Chars { get; } = ArrayPool<char>.Create(1 << 30, ArraysPerSize);

    public static ArrayPool<byte> Bytes { get; } = ArrayPool<byte>.Create(1 << 30, ArraysPerSize);
}
