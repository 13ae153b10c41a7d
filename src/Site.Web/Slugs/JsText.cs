using System.Globalization;
using System.Text;

namespace Site.Web.Slugs;

/// <summary>
/// The two JavaScript string operations doctoc's anchors depend on, with JavaScript's exact
/// semantics: <c>String.prototype.trim</c> (its whitespace set differs from .NET's) and
/// <c>toLowerCase</c> (full Unicode, including the two special cases .NET's simple case mapping
/// lacks: 'İ' lowers to "i̇", and 'Σ' lowers to 'ς' at the end of a word).
/// </summary>
internal static class JsText
{
    private const char CapitalSigma = '\u03A3';
    private const char CapitalIWithDot = '\u0130';

    /// <summary>ECMAScript WhiteSpace and LineTerminator code points.</summary>
    public static bool IsWhiteSpace(char c) => c switch
    {
        '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or '\u00A0' or '\u1680' or '\u2028' or '\u2029'
            or '\u202F' or '\u205F' or '\u3000' or '\uFEFF' => true,
        >= '\u2000' and <= '\u200A' => true,
        _ => false,
    };

    public static bool IsLineTerminator(char c) => c is '\n' or '\r' or '\u2028' or '\u2029';

    public static string Trim(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return start == 0 && end == text.Length ? text : text[start..end];
    }

    public static string ToLower(string text)
    {
        var firstChange = FirstCharToChange(text);
        if (firstChange < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 4);
        builder.Append(text, 0, firstChange);
        Span<char> lowerPair = stackalloc char[2];
        for (var i = firstChange; i < text.Length;)
        {
            var c = text[i];
            if (c < 0x80)
            {
                builder.Append(c is >= 'A' and <= 'Z' ? (char)(c + 32) : c);
                i++;
                continue;
            }

            if (c == CapitalIWithDot)
            {
                builder.Append("i\u0307");
                i++;
                continue;
            }

            if (c == CapitalSigma)
            {
                builder.Append(IsFinalSigma(text, i) ? '\u03C2' : '\u03C3');
                i++;
                continue;
            }

            if (!char.IsSurrogate(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                i++;
            }
            else if (Rune.TryGetRuneAt(text, i, out var rune))
            {
                builder.Append(lowerPair[..Rune.ToLowerInvariant(rune).EncodeToUtf16(lowerPair)]);
                i += rune.Utf16SequenceLength;
            }
            else
            {
                builder.Append(c);
                i++;
            }
        }

        return builder.ToString();
    }

    private static int FirstCharToChange(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                if (c is >= 'A' and <= 'Z')
                {
                    return i;
                }
            }
            else if (!char.IsSurrogate(c))
            {
                if (c == CapitalIWithDot || char.ToLowerInvariant(c) != c)
                {
                    return i;
                }
            }
            else if (Rune.TryGetRuneAt(text, i, out var rune) && Rune.ToLowerInvariant(rune) != rune)
            {
                return i;
            }
        }

        return -1;
    }

    // Unicode's Final_Sigma condition: a cased letter (then case-ignorables) before, and no
    // cased letter (after case-ignorables) following.
    private static bool IsFinalSigma(string text, int index)
    {
        var before = false;
        for (var i = index - 1; i >= 0; i--)
        {
            var c = text[i];
            if (IsCased(c))
            {
                before = true;
                break;
            }

            if (!IsCaseIgnorable(c))
            {
                break;
            }
        }

        if (!before)
        {
            return false;
        }

        for (var i = index + 1; i < text.Length; i++)
        {
            var c = text[i];
            if (IsCased(c))
            {
                return false;
            }

            if (!IsCaseIgnorable(c))
            {
                break;
            }
        }

        return true;
    }

    // Cased: Lu, Ll, Lt, and the (BMP) Other_Lowercase and Other_Uppercase characters.
    private static bool IsCased(char c)
        => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter
            or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            || c is '\u00AA' or '\u00BA' or '\u0345' or '\u037A' or '\u10FC' or '\u1D78' or '\u2071' or '\u207F'
                or '\uA770' or '\uAB69'
                or (>= '\u02B0' and <= '\u02B8') or (>= '\u02C0' and <= '\u02C1') or (>= '\u02E0' and <= '\u02E4')
                or (>= '\u1D2C' and <= '\u1D6A') or (>= '\u1D9B' and <= '\u1DBF') or (>= '\u2090' and <= '\u209C')
                or (>= '\u2160' and <= '\u217F') or (>= '\u24B6' and <= '\u24E9') or (>= '\u2C7C' and <= '\u2C7D')
                or (>= '\uA69C' and <= '\uA69D') or (>= '\uA7F2' and <= '\uA7F4') or (>= '\uA7F8' and <= '\uA7F9')
                or (>= '\uAB5C' and <= '\uAB5F');

    private static bool IsCaseIgnorable(char c)
        => c is '\'' or '.' or ':' or '\u00B7' or '\u0387' or '\u055F' or '\u05F4' or '\u2018' or '\u2019'
            or '\u2024' or '\u2027' or '\uFE13' or '\uFE52' or '\uFE55' or '\uFF07' or '\uFF0E' or '\uFF1A'
            || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
                or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
                or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol;
}
