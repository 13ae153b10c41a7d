using System.Text;

namespace Site.Web.Output;

/// <summary>
/// A TextWriter over one growing pooled char buffer. A thread renders page after page into the
/// same buffer, so no page becomes a string or a large array the garbage collector has to chase.
/// </summary>
public sealed class CharBufferWriter : TextWriter
{
    private char[] _buffer = LargeBuffers.Chars.Rent(64 * 1024);
    private int _length;

    public override Encoding Encoding => Encoding.UTF8;

    public ReadOnlySpan<char> Written => _buffer.AsSpan(0, _length);

    public void Reset() => _length = 0;

    public override void Write(char value)
    {
        Reserve(1);
        _buffer[_length++] = value;
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        Reserve(buffer.Length);
        buffer.CopyTo(_buffer.AsSpan(_length));
        _length += buffer.Length;
    }

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(string? value) => Write(value.AsSpan());

    private void Reserve(int more)
    {
        if (_length + more <= _buffer.Length)
        {
            return;
        }

        var larger = LargeBuffers.Chars.Rent(Math.Max(_buffer.Length * 2, _length + more));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        LargeBuffers.Chars.Return(_buffer);
        _buffer = larger;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _buffer.Length > 0)
        {
            LargeBuffers.Chars.Return(_buffer);
            _buffer = [];
        }

        base.Dispose(disposing);
    }
}
