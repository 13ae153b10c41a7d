namespace Site.Web.Text;

/// <summary>Finds this thread's <see cref="RecentSpans{TValue}"/> table and the slot of a key.</summary>
public static class RecentSpans
{
    /// <summary>
    /// This thread's table for <paramref name="owner"/> (the shared dictionary's owner). Values belong
    /// to their owner, so a thread that turns to another owner starts with an empty table.
    /// </summary>
    public static RecentSpans<TValue> For<TValue>(object owner) where TValue : class => RecentSpans<TValue>.For(owner);

    /// <summary>The slot of a key: a cheap hash (FNV-1a over the UTF-16 code units), folded to the table size.</summary>
    public static int SlotOf(ReadOnlySpan<char> key)
    {
        var hash = 2166136261;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619;
        }

        return (int)(hash ^ (hash >> 15)) & (RecentSpans<object>.SlotCount - 1);
    }
}

/// <summary>
/// One thread's small table of recently found values keyed by text, in front of a shared
/// concurrent dictionary that is looked up by span. Words of pages and links between pages repeat
/// Zipf-like: a few thousand keys make most lookups, and a direct-mapped table of them stays in the
/// core's cache, while the shared table (large, with a randomized string hash and a node per entry)
/// costs cache misses on every lookup: ~3 s of thread time each for the search analysis and the
/// page scan at 10,000 pages. A slot keeps the last key that hashed to it.
/// </summary>
/// <typeparam name="TValue">What is found for a key.</typeparam>
public sealed class RecentSpans<TValue> where TValue : class
{
    private const int Size = 4096;

    [ThreadStatic]
    private static RecentSpans<TValue>? s_current;

    private readonly string?[] _keys = new string?[Size];
    private readonly TValue?[] _values = new TValue?[Size];
    private object? _owner;

    private RecentSpans()
    {
    }

    internal static RecentSpans<TValue> For(object owner)
    {
        var recent = s_current ??= new RecentSpans<TValue>();
        if (!ReferenceEquals(recent._owner, owner))
        {
            Array.Clear(recent._keys);
            Array.Clear(recent._values);
            recent._owner = owner;
        }

        return recent;
    }

    internal const int SlotCount = Size;

    public bool TryGet(int slot, ReadOnlySpan<char> key, out TValue value)
    {
        if (_keys[slot] is { } known && known.AsSpan().SequenceEqual(key))
        {
            value = _values[slot]!;
            return true;
        }

        value = null!;
        return false;
    }

    public void Set(int slot, string key, TValue value)
    {
        _keys[slot] = key;
        _values[slot] = value;
    }
}
