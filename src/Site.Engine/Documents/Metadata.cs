using System.Collections.Immutable;

namespace Site.Engine.Documents;

/// <summary>
/// Immutable metadata. Setting a value returns a new instance that shares structure with the old
/// one (an immutable AVL tree), so layering metadata over metadata copies nothing.
/// </summary>
public sealed class Metadata
{
    public static readonly Metadata Empty = new(ImmutableDictionary<string, object>.Empty.WithComparers(StringComparer.Ordinal));

    private readonly ImmutableDictionary<string, object> _values;

    private Metadata(ImmutableDictionary<string, object> values) => _values = values;

    public int Count => _values.Count;

    public IEnumerable<string> Names => _values.Keys;

    public Metadata With<T>(Key<T> key, T value) where T : notnull
        => new(_values.SetItem(key.Name, value));

    public Metadata Without<T>(Key<T> key) => new(_values.Remove(key.Name));

    public bool TryGet<T>(Key<T> key, out T value)
    {
        if (_values.TryGetValue(key.Name, out var raw) && raw is T typed)
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
}
