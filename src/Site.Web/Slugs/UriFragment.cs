using System.Buffers;
using System.Text;

namespace Site.Web.Slugs;

/// <summary>
/// Writes a heading id into a markdown link the way doctoc does: JavaScript's <c>encodeURI</c>
/// (so <c>重点</c> becomes <c>%E9%87%8D%E7%82%B9</c>), except that a zero width joiner stays as is,
/// as GitHub keeps it inside emoji sequences.
/// </summary>
public static class UriFragment
{
    private const char ZeroWidthJoiner = '\u200D';

    // encodeURI leaves ASCII letters, digits and these marks alone.
    private static readonly SearchValues<char> Unescaped = SearchValues.Create(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789;,/?:@&=+$-_.!~*'()#");

    /// <summary>The href doctoc writes for a heading id: "#" followed by the encoded id.</summary>
    public static string Href(string id) => "#" + Encode(id);

    /// <summary>JavaScript's <c>encodeURI</c>, keeping U+200D (a lone surrogate becomes U+FFFD).</summary>
    public static string Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = IndexOfEscaped(text, 0);
        if (first < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 16);
        result.Append(text, 0, first);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ZeroWidthJoiner || (c < 0x80 && Unescaped.Contains(c)))
            {
                result.Append(c);
                continue;
            }

            Rune rune;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                rune = new Rune(c, text[i + 1]);
                i++;
            }
            else
            {
                rune = char.IsSurrogate(c) ? Rune.ReplacementChar : new Rune(c);
            }

            var length = rune.EncodeToUtf8(utf8);
            for (var b = 0; b < length; b++)
            {
                result.Append('%').Append(HexDigit(utf8[b] >> 4)).Append(HexDigit(utf8[b] & 0xF));
            }
        }

        return result.ToString();
    }

    private static int IndexOfEscaped(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c != ZeroWidthJoiner && !(c < 0x80 && Unescaped.Contains(c)))
            {
                return i;
            }
        }

        return -1;
    }

    private static char HexDigit(int value) => (char)(value < 10 ? '0' + value : 'A' + value - 10);
}
