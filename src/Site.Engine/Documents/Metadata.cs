namespace Site.Engine.Documents;

/// <summary>
/// Immutable metadata. Setting a value returns a new instance; the old one is unchanged.
/// </summary>
/// <remarks>
/// A document carries a dozen values or so, so they are kept as one small array of entries that
/// a change copies, not as a tree: an immutable dictionary made a handful of tree nodes per
/// change, and a large site's documents kept ~260,000 of them alive for the collector to walk
/// through on every full collection. A lookup compares the key's name by reference first, which
/// finds it without hashing: keys are static fields, so a name is usually the very same string.
/// </remarks>
public sealed class Metadata
{
    public static readonly Metadata Empty = new([]);

    private readonly Entry[] _entries;

    private Metadata(Entry[] entries) => _entries = entries;

    public int Count => _entries.Length;

    /// <summary>The names, in the order they were first set.</summary>
    public IEnumerable<string> Names => _entries.Select(e => e.Name);

    public Metadata With<T>(Key<T> key, T value) where T : notnull
    {
        var index = IndexOf(key.Name);
        Entry[] entries;
        if (index >= 0)
        {
            entries = (Entry[])_entries.Clone();
        }
        else
        {
            index = _entries.Length;
            entries = new Entry[index + 1];
            _entries.CopyTo(entries, 0);
        }

        entries[index] = new Entry(key.Name, value);
        return new Metadata(entries);
    }

    public Metadata Without<T>(Key<T> key)
    {
        var index = IndexOf(key.Name);
        if (index < 0)
        {
            return this;
        }

        var entries = new Entry[_entries.Length - 1];
        _entries.AsSpan(0, index).CopyTo(entries);
        _entries.AsSpan(index + 1).CopyTo(entries.AsSpan(index));
        return new Metadata(entries);
    }

    public bool TryGet<T>(Key<T> key, out T value)
    {
        var index = IndexOf(key.Name);
        if (index >= 0 && _entries[index].Value is T typed)
        {
            value = typed;
            return true;
        }

        value = default!;
        return false;
    }

    public T? GetOrDefault<T>(Key<T> key) => TryGet(key, out var value) ? value : default;

    public T Get<T>(Key<T> key)
        => TryGet(key, out var value)
            ? value
            : throw new KeyNotFoundException($"Metadata '{key.Name}' is missing.");

    public bool Contains<T>(Key<T> key) => TryGet(key, out _);

    private int IndexOf(string name)
    {
        var entries = _entries;
        for (var i = 0; i < entries.Length; i++)
        {
            if (ReferenceEquals(entries[i].Name, name))
            {
                return i;
            }
        }

        // Two keys made separately with the same name are the same key.
        for (var i = 0; i < entries.Length; i++)
        {
            if (string.Equals(entries[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private readonly record struct Entry(string Name, object Value);
}
