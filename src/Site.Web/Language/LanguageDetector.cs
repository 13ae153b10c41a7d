using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Site.Web.Language;

/// <summary>
/// Tells Chinese pages from the others by what they contain, not by their file name: a page whose
/// letters are mostly Han characters (and no kana, which would mean Japanese) is Chinese.
/// </summary>
public static partial class LanguageDetector
{
    // Link targets, bare URLs, code and HTML tags are not the language a page is written in.
    [GeneratedRegex(@"```.*?```|~~~.*?~~~|`[^`\n]*`|\]\([^)\s]*\)|<[^>\n]*>|https?://\S+|^\[[^\]]+\]:.*$", RegexOptions.Singleline | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Prose();

    private const double HanShareForChinese = 0.25;

    public static string Detect(string text, string fallback)
    {
        long letters = 0, han = 0, kana = 0;
        var start = 0;
        foreach (var skipped in Prose().EnumerateMatches(text))
        {
            Count(text.AsSpan(start, skipped.Index - start), ref letters, ref han, ref kana);
            start = skipped.Index + skipped.Length;
        }

        Count(text.AsSpan(start), ref letters, ref han, ref kana);
        if (letters == 0)
        {
            return fallback;
        }

        // Chinese prose mixes in many Latin product names; a quarter of the letters being Han is decisive.
        return kana == 0 && han >= letters * HanShareForChinese ? "zh-CN" : fallback;
    }

    private static void Count(ReadOnlySpan<char> text, ref long letters, ref long han, ref long kana)
    {
        var i = 0;
        while (i < text.Length)
        {
            // Most prose is ASCII: its letters are counted without decoding runes or asking Unicode's tables.
            var c = text[i];
            if (c < 0x80)
            {
                letters += char.IsAsciiLetter(c) ? 1 : 0;
                i++;
                continue;
            }

            Rune.DecodeFromUtf16(text[i..], out var rune, out var consumed);
            i += consumed;
            if (!Rune.IsLetter(rune))
            {
                continue;
            }

            letters++;
            var value = rune.Value;
            if (IsHan(value))
            {
                han++;
            }
            else if (value is >= 0x3040 and <= 0x30FF)
            {
                kana++;
            }
        }
    }

    public static bool IsHan(int codePoint)
        => codePoint is >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x2FA1F;

    public static bool IsChinese(string language) => language.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    public static CultureInfo Culture(string language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
