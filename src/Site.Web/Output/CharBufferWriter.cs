using System.Text;
using Site.Engine.Memory;

namespace Site.Web.Output;

/// <summary>
/// A TextWriter over one growing buffer in native memory. A thread renders page after page into
/// the same buffer, so no page becomes a string or a large array the garbage collector has to
/// chase; a multi-megabyte index page does not touch the large object heap either.
/// </summary>
public sealed class CharBufferWriter(int initialCapacity = 4 * 1024) : TextWriter
{
    private readonly NativeBuffer<char> _buffer = new(initialCapacity);
    private int _length;

    public override Encoding Encoding => Encoding.UTF8;

    /// <summary>What was written since the last <see cref="Reset"/>; valid until the next write.</summary>
    public ReadOnlySpan<char> Written => _buffer.Span[.._length];

    public void Reset() => _length = 0;

    public override void Write(char value)
    {
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
        _buffer.EnsureCapacity(_length + more, keep: _length);
        return _buffer.Span[_length..];
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _buffer.Dispose();
        }

        base.Dispose(disposing);
    }
}
