using System.Collections;
using System.Runtime.CompilerServices;

namespace Site.Releases.Model;

/// <summary>
/// A read-only list that keeps a single item inline and only two or more in an array. A fact
/// nearly always has one stage and one issue number; with a list and an array for them, a
/// 10,000-page site made two small objects more per fact (480,000 facts), which every collection
/// moved until the catalog was built. Written as a collection expression: <c>[item]</c>, <c>[]</c>.
/// Equal when the items are: a fact stays a value, whatever list its items arrived in.
/// </summary>
[CollectionBuilder(typeof(OneOrMany), nameof(OneOrMany.Create))]
public readonly struct OneOrMany<T> : IReadOnlyList<T>, IEquatable<OneOrMany<T>>
{
    private readonly T _one;
    private readonly T[]? _many;

    internal OneOrMany(T one)
    {
        _one = one;
        Count = 1;
    }

    internal OneOrMany(T[] many)
    {
        _one = default!;
        _many = many;
        Count = many.Length;
    }

    public int Count { get; }

    public T this[int index]
        => (uint)index >= (uint)Count ? throw new ArgumentOutOfRangeException(nameof(index))
            : _many is not null ? _many[index]
            : _one;

    /// <summary>A struct enumerator: <c>foreach</c> over a fact's items allocates nothing.</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<T> IEnumerable<T>.GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();

    public bool Equals(OneOrMany<T> other)
    {
        if (Count != other.Count)
        {
            return false;
        }

        for (var i = 0; i < Count; i++)
        {
            if (!EqualityComparer<T>.Default.Equals(this[i], other[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is OneOrMany<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in this)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public static bool operator ==(OneOrMany<T> left, OneOrMany<T> right) => left.Equals(right);

    public static bool operator !=(OneOrMany<T> left, OneOrMany<T> right) => !left.Equals(right);

    public struct Enumerator(OneOrMany<T> items)
    {
        private int _index = -1;

        public readonly T Current => items[_index];

        public bool MoveNext() => ++_index < items.Count;
    }
}

/// <summary>Makes <see cref="OneOrMany{T}"/> from a collection expression.</summary>
public static class OneOrMany
{
    public static OneOrMany<T> Create<T>(ReadOnlySpan<T> items) => items.Length switch
    {
        0 => default,
        1 => new(items[0]),
        _ => new(items.ToArray()),
    };
}
