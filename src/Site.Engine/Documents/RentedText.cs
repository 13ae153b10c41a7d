using System.Buffers;

namespace Site.Engine.Documents;

/// <summary>
/// A content's text for a reader that needs it only while it works (cross-linking a page body):
/// decoded into a buffer from the shared array pool instead of a new string, which for a page body
/// is a large object. Dispose returns the buffer; the span must not be used after that.
/// </summary>
public readonly struct RentedText : IDisposable
{
    private readonly char[]? _rented;
    private readonly ReadOnlyMemory<char> _text;

    private RentedText(char[]? rented, ReadOnlyMemory<char> text)
    {
        _rented = rented;
        _text = text;
    }

    public ReadOnlySpan<char> Span => _text.Span;

    /// <summary>Text already in memory: lent as it is, nothing is rented.</summary>
    public static RentedText Of(string text) => new(null, text.AsMemory());

    /// <summary>Decodes UTF-8 into a rented buffer.</summary>
    public static RentedText Decode(ReadOnlySpan<byte> utf8)
    {
        var chars = ArrayPool<char>.Shared.Rent(System.Text.Encoding.UTF8.GetMaxCharCount(utf8.Length));
        var length = System.Text.Encoding.UTF8.GetChars(utf8, chars);
        return new RentedText(chars, chars.AsMemory(0, length));
    }

    public void Dispose()
    {
        if (_rented is not null)
        {
            ArrayPool<char>.Shared.Return(_rented);
        }
    }
}
