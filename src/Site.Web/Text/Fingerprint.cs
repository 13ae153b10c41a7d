using System.Numerics;
using System.Runtime.InteropServices;

namespace Site.Web.Text;

/// <summary>
/// A 64-bit hash built up value by value (a class: chained calls all add to the same hash): what a
/// page shows or a stage read, reduced to one number, so a rebuild can tell what changed from what
/// did not without redoing it. Text is mixed eight bytes (four characters) at a time (an xxHash-style round), as
/// whole documents go through here on every rebuild. Not a persisted format: only compared within
/// one process.
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
        foreach (var block in blocks)
        {
            Mix(block);
        }

        for (var i = blocks.Length * 8; i < bytes.Length; i++)
        {
            Mix(bytes[i]);
        }

        // The length ends the value, so ("ab", "c") and ("a", "bc") differ.
        Mix(0xFFFF_0000_0000_0000UL | (uint)bytes.Length);
        return this;
    }

    public Fingerprint Add(long value)
    {
        Mix(unchecked((ulong)value));
        return this;
    }

    public Fingerprint Add(bool value) => Add(value ? 1L : 0L);

    private void Mix(ulong value)
    {
        _hash ^= BitOperations.RotateLeft(value * Prime2, 31) * Prime1;
        _hash = (BitOperations.RotateLeft(_hash, 27) * Prime1) + Prime3;
    }
}
