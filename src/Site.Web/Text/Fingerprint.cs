using System.Numerics;
using System.Runtime.InteropServices;

namespace Site.Web.Text;

/// <summary>
/// A 64-bit hash built up value by value (a class: chained calls all add to the same hash): what a
/// page shows or a stage read, reduced to one number, so a rebuild can tell what changed from what
/// did not without redoing it. Long spans are mixed 32 bytes at a time in four independent lanes
/// (xxHash64's layout, so the multiplications overlap in the processor instead of waiting on each
/// other), as whole documents and every written file go through here on every rebuild. Not a
/// persisted format: only compared within one process.
/// </summary>
public sealed class Fingerprint
{
    private const ulong Prime1 = 11400714785074694791;
    private const ulong Prime2 = 14029467366897019727;
    private const ulong Prime3 = 1609587929392839161;

    private ulong _hash = 2870177450012600261;

    public long Value
    {
        get
        {
            // Avalanche, so values that differ in one bit differ everywhere.
            var hash = _hash;
            hash ^= hash >> 33;
            hash *= Prime2;
            hash ^= hash >> 29;
            hash *= Prime3;
            hash ^= hash >> 32;
            return unchecked((long)hash);
        }
    }

    public Fingerprint Add(string? text) => text is null ? Add(-1L) : Add(text.AsSpan());

    /// <summary>Text is hashed as its UTF-16 bytes.</summary>
    public Fingerprint Add(ReadOnlySpan<char> text) => Add(MemoryMarshal.AsBytes(text));

    public Fingerprint Add(ReadOnlySpan<byte> bytes)
    {
        var blocks = MemoryMarshal.Cast<byte, ulong>(bytes);
        var lanes = blocks.Length / 4 * 4;
        if (lanes > 0)
        {
            Mix(Lanes(blocks[..lanes]));
        }

        foreach (var block in blocks[lanes..])
        {
            Mix(block);
        }

        // The last few bytes as one value (the length below tells "a" from "a\0").
        var tail = bytes[(blocks.Length * 8)..];
        if (!tail.IsEmpty)
        {
            ulong last = 0;
            tail.CopyTo(MemoryMarshal.AsBytes(new Span<ulong>(ref last)));
            Mix(last);
        }

        // The length ends the value, so ("ab", "c") and ("a", "bc") differ.
        Mix(0xFFFF_0000_0000_0000UL | (uint)bytes.Length);
        return this;
    }

    /// <summary>Each segment in turn (one segment hashes as its bytes alone).</summary>
    public Fingerprint Add(Site.Engine.Documents.ByteChunks chunks)
    {
        foreach (var segment in chunks.Segments)
        {
            Add(segment.Span);
        }

        return this;
    }

    public Fingerprint Add(long value)
    {
        Mix(unchecked((ulong)value));
        return this;
    }

    public Fingerprint Add(bool value) => Add(value ? 1L : 0L);

    /// <summary>Four accumulators over 32-byte stripes, folded into one value.</summary>
    private ulong Lanes(ReadOnlySpan<ulong> blocks)
    {
        ulong a = _hash + Prime1 + Prime2, b = _hash + Prime2, c = _hash, d = _hash - Prime1;
        for (var i = 0; i < blocks.Length; i += 4)
        {
            a = Round(a, blocks[i]);
            b = Round(b, blocks[i + 1]);
            c = Round(c, blocks[i + 2]);
            d = Round(d, blocks[i + 3]);
        }

        return BitOperations.RotateLeft(a, 1) + BitOperations.RotateLeft(b, 7) + BitOperations.RotateLeft(c, 12) + BitOperations.RotateLeft(d, 18)
            + Round(0, a) + Round(0, b) + Round(0, c) + Round(0, d);
    }

    private static ulong Round(ulong accumulator, ulong value)
        => BitOperations.RotateLeft(accumulator + (value * Prime2), 31) * Prime1;

    private void Mix(ulong value)
    {
        _hash ^= BitOperations.RotateLeft(value * Prime2, 31) * Prime1;
        _hash = (BitOperations.RotateLeft(_hash, 27) * Prime1) + Prime3;
    }
}
