namespace Site.Web.Text;

/// <summary>Finds this thread's <see cref="RecentSpans{TValue}"/> table and hashes keys for it.</summary>
public static class RecentSpans
{
    /// <summary>
    /// This thread's table for <paramref name="owner"/> (the shared dictionary's owner), with
    /// <paramref name="slots"/> slots (a power of two). Values belong to their owner, so a thread
    /// that turns to another owner starts with an empty table.
    /// </summary>
    public static RecentSpans<TValue> For<TValue>(object owner, int slots = 4096) where TValue : class => RecentSpans<TValue>.For(owner, slots);

    /// <summary>A cheap hash of a key (FNV-1a over the UTF-16 code units, folded), the same on every run.</summary>
    public static int Hash(ReadOnlySpan<char> key)
    {
        var hash = 2166136261;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619;
        }

        return (int)(hash ^ (hash >> 15));
    }
}

/// <summary>
/// One thread's small table of recently found values keyed by text, in front of a shared
/// concurrent dictionary that is looked up by span. Words of pages and links between pages repeat
/// Zipf-like: a few thousand keys make most lookups, and a direct-mapped table of them stays in the
/// core's cache, while the shared table (large, with a randomized string hash and a node per entry)
/// costs cache misses on every lookup: ~3 s of thread time each for the search analysis and the
/// page scan at 10,000 pages. A slot keeps the last key that hashed to it; its hash is kept beside
/// it, so most keys that are not there are turned away without reading the string.
/// </summary>
/// <typeparam name="TValue">What is found for a key.</typeparam>
public sealed class RecentSpans<TValue> where TValue : class
{
    [ThreadStatic]
    private static RecentSpans<TValue>? s_current;

    private readonly int[] _hashes;
    private readonly string?[] _keys;
    private readonly TValue?[] _values;
    private readonly int _mask;
    private object? _owner;

    private RecentSpans(int slots)
    {
        if (slots <= 0 || (slots & (slots - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(slots), slots, "The number of slots must be a power of two.");
        }

        _hashes = new int[slots];
        _keys = new string?[slots];
        _values = new TValue?[slots];
        _mask = slots - 1;
    }

    internal static RecentSpans<TValue> For(object owner, int slots)
    {
        var recent = s_current;
        if (recent is null || recent._keys.Length != slots)
        {
            recent = s_current = new RecentSpans<TValue>(slots);
        }

        if (!ReferenceEquals(recent._owner, owner))
        {
            Array.Clear(recent._keys);
            Array.Clear(recent._values);
            recent._owner = owner;
        }

        return recent;
    }

    /// <param name="hash">The key's <see cref="RecentSpans.Hash"/>.</param>
    public bool TryGet(int hash, ReadOnlySpan<char> key, out TValue value)
    {
        var slot = hash & _mask;
        if (_hashes[slot] == hash && _keys[slot] is { } known && known.AsSpan().SequenceEqual(key))
        {
            value = _values[slot]!;
            return true;
        }

        value = null!;
        return false;
    }

    public void Set(int hash, string key, TValue value)
    {
        var slot = hash & _mask;
        _hashes[slot] = hash;
        _keys[slot] = key;
        _values[slot] = value;
    }
}
