using System.Text;
using Site.Engine.Memory;

namespace Site.Web.Output;

/// <summary>
/// A TextWriter over one growing buffer. A thread renders page after page into the same buffer, so
/// no page becomes a string or a large array the garbage collector has to chase. Up to
/// <see cref="LargeBuffers.MaxArrayChars"/> it is a pooled array; a page longer than that (the
/// index pages of a large site, megabytes) moves to native memory, off the large object heap, until
/// the next <see cref="Reset"/>.
/// </summary>
public sealed class CharBufferWriter : TextWriter
{
    private char[] _array = LargeBuffers.Chars.Rent(64 * 1024);
    private NativeBuffer<char>? _native;
    private int _length;

    public override Encoding Encoding => Encoding.UTF8;

    /// <summary>What was written since the last <see cref="Reset"/>; valid until the next write.</summary>
    public ReadOnlySpan<char> Written => _native is null ? _array.AsSpan(0, _length) : _native.Span[.._length];

    /// <summary>
    /// Empties the buffer for the next page. A native buffer is freed here: the next page is most
    /// likely an ordinary one, and the array's path is the cheaper one to write through.
    /// </summary>
    public void Reset()
    {
        _length = 0;
        if (_native is not null)
        {
            _native.Dispose();
            _native = null;
        }
    }

    public override void Write(char value)
    {
        if (_native is null && _length < _array.Length)
        {
            _array[_length++] = value;
            return;
        }

        Reserve(1)[0] = value;
        _length++;
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        buffer.CopyTo(Reserve(buffer.Length));
        _length += buffer.Length;
    }

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(string? value) => Write(value.AsSpan());

    private Span<char> Reserve(int more)
    {
        var needed = _length + more;
        if (_native is not null)
        {
            _native.EnsureCapacity(needed, keep: _length);
            return _native.Span[_length..];
        }

        if (needed <= _array.Length)
        {
            return _array.AsSpan(_length);
        }

        var larger = Math.Max(_array.Length * 2, needed);
        if (larger <= LargeBuffers.MaxArrayChars)
        {
            var array = LargeBuffers.Chars.Rent(larger);
            _array.AsSpan(0, _length).CopyTo(array);
            LargeBuffers.Chars.Return(_array);
            _array = array;
            return _array.AsSpan(_length);
        }

        _native = new NativeBuffer<char>(larger);
        _array.AsSpan(0, _length).CopyTo(_native.Span);
        return _native.Span[_length..];
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            if (_array.Length > 0)
            {
                LargeBuffers.Chars.Return(_array);
                _array = [];
            }

            _native?.Dispose();
        }

        base.Dispose(disposing);
    }
}
