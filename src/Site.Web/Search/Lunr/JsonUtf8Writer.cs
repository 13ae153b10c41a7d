using System.Buffers;

namespace Site.Web.Search.Lunr;

/// <summary>
/// Writes JSON text to a stream as UTF-8, byte for byte as JSON.stringify would: strings escape
/// only '"', '\', the C0 controls (\b \t \n \f \r, else lowercase \u00xx) and lone surrogates;
/// '&lt;', '&amp;', U+2028 and every other character are written raw. (System.Text.Json's
/// encoders escape more than that, which would break byte equality.)
/// </summary>
internal sealed class JsonUtf8Writer : IDisposable
{
    private const int BufferSize = 1 << 16;
    private static readonly byte[] HexDigits = "0123456789abcdef"u8.ToArray();

    private readonly Stream _stream;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    private int _used;

    public JsonUtf8Writer(Stream stream)
    {
        _stream = stream;
    }

    /// <summary>The escaped UTF-8 of a string's content (without quotes), for text written often.</summary>
    public static byte[] EncodeStringContent(string text)
    {
        using var memory = new MemoryStream();
        using (var writer = new JsonUtf8Writer(memory))
        {
            writer.WriteStringContent(text);
        }
        return memory.ToArray();
    }

    public void WriteRaw(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > _buffer.Length - _used)
        {
            FlushBuffer();
            if (utf8.Length > _buffer.Length)
            {
                _stream.Write(utf8);
                return;
            }
        }
        utf8.CopyTo(_buffer.AsSpan(_used));
        _used += utf8.Length;
    }

    public void WriteByte(byte value)
    {
        if (_used == _buffer.Length)
        {
            FlushBuffer();
        }
        _buffer[_used++] = value;
    }

    public void WriteString(string text)
    {
        WriteByte((byte)'"');
        WriteStringContent(text);
        WriteByte((byte)'"');
    }

    public void WriteStringContent(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (_buffer.Length - _used < 12)
            {
                FlushBuffer();
            }
            Span<byte> free = _buffer.AsSpan(_used);
            if (c < 0x80)
            {
                _used += c switch
                {
                    '"' => WriteEscape(free, (byte)'"'),
                    '\\' => WriteEscape(free, (byte)'\\'),
                    '\b' => WriteEscape(free, (byte)'b'),
                    '\t' => WriteEscape(free, (byte)'t'),
                    '\n' => WriteEscape(free, (byte)'n'),
                    '\f' => WriteEscape(free, (byte)'f'),
                    '\r' => WriteEscape(free, (byte)'r'),
                    < ' ' => WriteUnicodeEscape(free, c),
                    _ => WriteSingle(free, c),
                };
            }
            else if (c < 0x800)
            {
                free[0] = (byte)(0xC0 | (c >> 6));
                free[1] = (byte)(0x80 | (c & 0x3F));
                _used += 2;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                int codePoint = char.ConvertToUtf32(c, text[i + 1]);
                free[0] = (byte)(0xF0 | (codePoint >> 18));
                free[1] = (byte)(0x80 | ((codePoint >> 12) & 0x3F));
                free[2] = (byte)(0x80 | ((codePoint >> 6) & 0x3F));
                free[3] = (byte)(0x80 | (codePoint & 0x3F));
                _used += 4;
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                _used += WriteUnicodeEscape(free, c);
            }
            else
            {
                free[0] = (byte)(0xE0 | (c >> 12));
                free[1] = (byte)(0x80 | ((c >> 6) & 0x3F));
                free[2] = (byte)(0x80 | (c & 0x3F));
                _used += 3;
            }
        }
    }

    public void WriteInteger(long value)
    {
        if (_buffer.Length - _used < 20)
        {
            FlushBuffer();
        }
        value.TryFormat(_buffer.AsSpan(_used), out int written, provider: System.Globalization.CultureInfo.InvariantCulture);
        _used += written;
    }

    /// <summary>Writes thousandths / 1000 for an integral <paramref name="thousandths"/>, which is
    /// how lunr stores scores; for |thousandths| &lt; 10^15 the decimal "n.nnn" with trailing zeros
    /// cut is exactly JavaScript's shortest form of that double.</summary>
    public void WriteThousandths(double thousandths)
    {
        if (!(Math.Abs(thousandths) < 1e15))
        {
            WriteNumber(thousandths / 1000);
            return;
        }
        long value = (long)thousandths;
        if (value < 0)
        {
            WriteByte((byte)'-');
            value = -value;
        }
        WriteInteger(value / 1000);
        long fraction = value % 1000;
        if (fraction == 0)
        {
            return;
        }
        WriteByte((byte)'.');
        WriteByte((byte)('0' + fraction / 100));
        if (fraction % 100 != 0)
        {
            WriteByte((byte)('0' + fraction / 10 % 10));
            if (fraction % 10 != 0)
            {
                WriteByte((byte)('0' + fraction % 10));
            }
        }
    }

    public void WriteNumber(double value)
    {
        foreach (char c in JsNumberFormat.Format(value))
        {
            WriteByte((byte)c);
        }
    }

    public void Flush()
    {
        FlushBuffer();
        _stream.Flush();
    }

    public void Dispose()
    {
        if (_buffer.Length == 0)
        {
            return;
        }
        FlushBuffer();
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private void FlushBuffer()
    {
        if (_used > 0)
        {
            _stream.Write(_buffer, 0, _used);
            _used = 0;
        }
    }

    private static int WriteSingle(Span<byte> free, char c)
    {
        free[0] = (byte)c;
        return 1;
    }

    private static int WriteEscape(Span<byte> free, byte escaped)
    {
        free[0] = (byte)'\\';
        free[1] = escaped;
        return 2;
    }

    private static int WriteUnicodeEscape(Span<byte> free, char c)
    {
        free[0] = (byte)'\\';
        free[1] = (byte)'u';
        free[2] = HexDigits[c >> 12];
        free[3] = HexDigits[(c >> 8) & 0xF];
        free[4] = HexDigits[(c >> 4) & 0xF];
        free[5] = HexDigits[c & 0xF];
        return 6;
    }
}
