using System.Runtime.InteropServices;

namespace Site.Engine.Memory;

/// <summary>
/// A growable buffer outside the garbage-collected heap, for page-sized scratch space a thread
/// reuses page after page. The biggest index pages of a large site need buffers of megabytes; as
/// arrays those went on the large object heap, and allocating them while the heap was big set off
/// full collections (bench/PROFILE.md). Memory here is freed on <see cref="Dispose"/>, or by the
/// finalizer for a buffer a thread dropped.
/// </summary>
public sealed unsafe class NativeBuffer<T> : IDisposable
    where T : unmanaged
{
    private T* _items;

    public NativeBuffer(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _items = (T*)NativeMemory.Alloc((nuint)capacity, (nuint)sizeof(T));
        Capacity = capacity;
    }

    ~NativeBuffer() => Free();

    public int Capacity { get; private set; }

    /// <summary>The whole buffer; valid until it grows or is disposed.</summary>
    public Span<T> Span
    {
        get
        {
            ObjectDisposedException.ThrowIf(_items is null, this);
            return new Span<T>(_items, Capacity);
        }
    }

    /// <summary>
    /// Makes room for at least <paramref name="capacity"/> items, at least doubling, and keeps the
    /// first <paramref name="keep"/> items (copied only when the memory moves).
    /// </summary>
    public void EnsureCapacity(int capacity, int keep)
    {
        ObjectDisposedException.ThrowIf(_items is null, this);
        if (capacity <= Capacity)
        {
            return;
        }

        ArgumentOutOfRangeException.ThrowIfGreaterThan(capacity, Array.MaxLength);
        var larger = (int)Math.Min(Array.MaxLength, Math.Max((long)Capacity * 2, capacity));

        if (keep > 0)
        {
            _items = (T*)NativeMemory.Realloc(_items, (nuint)larger * (nuint)sizeof(T));
        }
        else
        {
            // Nothing to keep: a fresh block, so realloc copies nothing.
            NativeMemory.Free(_items);
            _items = null;
            _items = (T*)NativeMemory.Alloc((nuint)larger, (nuint)sizeof(T));
        }

        Capacity = larger;
    }

    public void Dispose()
    {
        Free();
        GC.SuppressFinalize(this);
    }

    private void Free()
    {
        if (_items is not null)
        {
            NativeMemory.Free(_items);
            _items = null;
            Capacity = 0;
        }
    }
}
