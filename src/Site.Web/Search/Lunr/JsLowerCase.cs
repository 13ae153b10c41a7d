using System.Buffers;
using System.Globalization;
using System.Text;

namespace Site.Web.Search.Lunr;

/// <summary>
/// JavaScript's <c>String.prototype.toLowerCase</c> (root locale, as V8 and ICU do it), which
/// lunr applies to every field before splitting it. It differs from .NET's invariant lowering in
/// three ways that change tokens: İ (U+0130) becomes two characters (i + combining dot), a
/// capital sigma at the end of a word becomes ς, and node's newer Unicode tables know case pairs
/// that .NET 10's do not yet.
/// </summary>
internal static class JsLowerCase
{
    private const char CapitalSigma = '\u03A3';

    public static string ToLower(string text) =>
        NeedsCare(text) ? ToLowerCarefully(text) : text.ToLowerInvariant();

    /// <summary>Lowers <paramref name="text"/> into a buffer rented from the shared pool (return
    /// it when done), so that page after page is lowered without allocating.</summary>
    public static ReadOnlySpan<char> ToLower(ReadOnlySpan<char> text, out char[] rented)
    {
        if (NeedsCare(text))
        {
            string lowered = ToLowerCarefully(text.ToString());
            rented = ArrayPool<char>.Shared.Rent(lowered.Length);
            lowered.CopyTo(rented);
            return rented.AsSpan(0, lowered.Length);
        }
        rented = ArrayPool<char>.Shared.Rent(text.Length);
        int length = Text.InvariantCase.ToLower(text, rented);
        return rented.AsSpan(0, length);
    }

    /// <summary>Whether the text holds a character whose lowering .NET does differently from
    /// JavaScript (the high surrogates are those of the Garay and Kirat Rai letters). Checked
    /// with vectorized searches: plain text passes the first test and costs almost nothing.</summary>
    private static bool NeedsCare(ReadOnlySpan<char> text) =>
        text.ContainsAnyExceptInRange('\0', '\u012F')
        && (text.Contains('\u0130') || text.Contains(CapitalSigma) || text.Contains('\u1C89')
            || text.ContainsAnyInRange('\uA7CB', '\uA7DC') || text.Contains('\uD803') || text.Contains('\uD81B'));

    private static string ToLowerCarefully(string text)
    {
        var result = new StringBuilder(text.Length + 8);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                int lower = LowerCodePoint(char.ConvertToUtf32(c, text[i + 1]));
                result.Append(char.ConvertFromUtf32(lower));
                i++;
            }
            else if (c == '\u0130')
            {
                result.Append("i\u0307");
            }
            else if (c == CapitalSigma)
            {
                result.Append(IsFinalSigma(text, i) ? '\u03C2' : '\u03C3');
            }
            else
            {
                result.Append((char)LowerCodePoint(c));
            }
        }
        return result.ToString();
    }

    private static int LowerCodePoint(int codePoint)
    {
        int newer = NewerUnicodeLower(codePoint);
        if (newer != codePoint)
        {
            return newer;
        }
        if (codePoint < 0x10000)
        {
            // Lone surrogates have no case and Rune cannot hold them.
            return char.IsSurrogate((char)codePoint) ? codePoint : char.ToLowerInvariant((char)codePoint);
        }
        return Rune.ToLowerInvariant(new Rune(codePoint)).Value;
    }

    /// <summary>Case pairs from Unicode 16 and 17 (Latin Extended-D additions, Garay, Kirat Rai,
    /// Cyrillic Extended-C) that node's ICU lowers and .NET 10's tables leave alone.</summary>
    private static int NewerUnicodeLower(int codePoint) => codePoint switch
    {
        0x1C89 => 0x1C8A,
        0xA7CB => 0x0264,
        0xA7CC => 0xA7CD,
        0xA7CE => 0xA7CF,
        0xA7D2 => 0xA7D3,
        0xA7D4 => 0xA7D5,
        0xA7DA => 0xA7DB,
        0xA7DC => 0x019B,
        >= 0x10D50 and <= 0x10D65 => codePoint + 0x20,
        >= 0x16EA0 and <= 0x16EB8 => codePoint + 0x1B,
        _ => codePoint,
    };

    /// <summary>Unicode's Final_Sigma condition: a cased letter before (skipping case-ignorable
    /// characters) and no cased letter after (skipping them too).</summary>
    private static bool IsFinalSigma(string text, int index)
    {
        int before = StartOfCharacterBefore(text, index);
        while (before >= 0 && IsCaseIgnorable(text, before))
        {
            before = StartOfCharacterBefore(text, before);
        }
        if (before < 0 || !IsCased(text, before))
        {
            return false;
        }
        int after = index + 1;
        while (after < text.Length && IsCaseIgnorable(text, after))
        {
            after += char.IsSurrogatePair(text, after) ? 2 : 1;
        }
        return after >= text.Length || !IsCased(text, after);
    }

    private static int StartOfCharacterBefore(string text, int index)
    {
        int before = index - 1;
        return before > 0 && char.IsSurrogatePair(text[before - 1], text[before]) ? before - 1 : before;
    }

    private static bool IsCased(string text, int index)
    {
        int codePoint = char.IsSurrogatePair(text, index) ? char.ConvertToUtf32(text, index) : text[index];
        return CharUnicodeInfo.GetUnicodeCategory(codePoint) is UnicodeCategory.UppercaseLetter
                or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            || IsOtherLowercaseOrUppercase(codePoint);
    }

    /// <summary>Unicode's Other_Lowercase and Other_Uppercase: letters and symbols that are cased
    /// without being in a cased category (ª, ʰ, Ⅰ, ⓐ...).</summary>
    private static bool IsOtherLowercaseOrUppercase(int c) =>
        c is 0x00AA or 0x00BA or (>= 0x02B0 and <= 0x02B8) or 0x02C0 or 0x02C1 or (>= 0x02E0 and <= 0x02E4)
            or 0x0345 or 0x037A or 0x10FC or (>= 0x1D2C and <= 0x1D6A) or 0x1D78 or (>= 0x1D9B and <= 0x1DBF)
            or 0x2071 or 0x207F or (>= 0x2090 and <= 0x209C) or (>= 0x2160 and <= 0x217F)
            or (>= 0x24B6 and <= 0x24E9) or 0x2C7C or 0x2C7D or 0xA69C or 0xA69D or 0xA770
            or (>= 0xA7F2 and <= 0xA7F4) or 0xA7F8 or 0xA7F9 or (>= 0xAB5C and <= 0xAB5F) or 0xAB69
            or 0x10780 or (>= 0x10783 and <= 0x10785) or (>= 0x10787 and <= 0x107B0) or (>= 0x107B2 and <= 0x107BA)
            or (>= 0x1E030 and <= 0x1E06D) or (>= 0x1F130 and <= 0x1F149) or (>= 0x1F150 and <= 0x1F169)
            or (>= 0x1F170 and <= 0x1F189);

    private static bool IsCaseIgnorable(string text, int index)
    {
        char c = text[index];
        // Word_Break MidLetter, MidNumLet and Single_Quote characters.
        if (c is '\'' or '.' or ':' or '\u00B7' or '\u0387' or '\u055F' or '\u05F4' or '\u2018' or '\u2019'
            or '\u2024' or '\u2027' or '\uFE13' or '\uFE52' or '\uFE55' or '\uFF07' or '\uFF0E' or '\uFF1A')
        {
            return true;
        }
        return CharUnicodeInfo.GetUnicodeCategory(text, index) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.EnclosingMark or UnicodeCategory.Format or UnicodeCategory.ModifierLetter
            or UnicodeCategory.ModifierSymbol;
    }
}
