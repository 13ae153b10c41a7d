using System.Text;

namespace Site.Web.Slugs;

/// <summary>
/// Removes emoji the way doctoc's anchors do (emoji-regex: Unicode's emoji, keycaps, flags and
/// ZWJ sequences). What is not an emoji stays, including a lone U+FE0F after an emoji that
/// never takes one and an unpaired regional indicator, because emoji-regex leaves those too.
/// </summary>
internal static class EmojiStripper
{
    private const char VariationSelector16 = '\uFE0F';
    private const char ZeroWidthJoiner = '\u200D';
    private const char CombiningKeycap = '\u20E3';
    private const int RegionalIndicatorA = 0x1F1E6;
    private const int RegionalIndicatorZ = 0x1F1FF;
    private const int BlackFlag = 0x1F3F4;
    private const int CancelTag = 0xE007F;

    // Copyright, registered and everything above: nothing below can start an emoji except
    // keycap digits, which need U+20E3 (above this bound too).
    private const char LowestEmojiChar = '\u00A9';

    // The subdivision flags Unicode recommends (England, Scotland, Wales), as tag letters.
    private static readonly string[] SubdivisionFlags = ["gbeng", "gbsct", "gbwls"];

    public static string Strip(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange(LowestEmojiChar, char.MaxValue) < 0)
        {
            return text;
        }

        StringBuilder? result = null;
        var copiedUpTo = 0;
        for (var i = 0; i < text.Length;)
        {
            var length = MatchAt(text, i);
            if (length == 0)
            {
                i++;
                continue;
            }

            result ??= new StringBuilder(text.Length);
            result.Append(text, copiedUpTo, i - copiedUpTo);
            i += length;
            copiedUpTo = i;
        }

        if (result is null)
        {
            return text;
        }

        result.Append(text, copiedUpTo, text.Length - copiedUpTo);
        return result.ToString();
    }

    /// <summary>The length in chars of the emoji starting at <paramref name="index"/>, or 0.</summary>
    private static int MatchAt(string text, int index)
    {
        var c = text[index];
        if (c is '#' or '*' or (>= '0' and <= '9'))
        {
            return KeycapLength(text, index);
        }

        if (c < LowestEmojiChar || !TryCodePointAt(text, index, out var codePoint))
        {
            return 0;
        }

        if (codePoint is >= RegionalIndicatorA and <= RegionalIndicatorZ)
        {
            return FlagLength(text, index, codePoint);
        }

        if (!IsSingle(codePoint))
        {
            return 0;
        }

        var end = AfterElement(text, index, codePoint);
        while (end + 1 < text.Length && text[end] == ZeroWidthJoiner
               && TryCodePointAt(text, end + 1, out var next) && IsSingle(next)
               && next is < RegionalIndicatorA or > RegionalIndicatorZ)
        {
            end = AfterElement(text, end + 1, next);
        }

        return end - index;
    }

    private static int KeycapLength(string text, int index)
    {
        var next = index + 1;
        if (next < text.Length && text[next] == VariationSelector16)
        {
            next++;
        }

        return next < text.Length && text[next] == CombiningKeycap ? next + 1 - index : 0;
    }

    private static int FlagLength(string text, int index, int first)
    {
        if (!TryCodePointAt(text, index + 2, out var second)
            || second is < RegionalIndicatorA or > RegionalIndicatorZ)
        {
            return 0;
        }

        Span<char> region = [(char)('A' + first - RegionalIndicatorA), (char)('A' + second - RegionalIndicatorA)];
        var flags = EmojiData.Flags.AsSpan();
        for (var i = 0; i < flags.Length; i += 2)
        {
            if (flags[i] == region[0] && flags[i + 1] == region[1])
            {
                return 4;
            }
        }

        return 0;
    }

    /// <summary>Where one emoji element (with its variation selector, skin tone or tags) ends.</summary>
    private static int AfterElement(string text, int index, int codePoint)
    {
        var end = index + (codePoint > 0xFFFF ? 2 : 1);
        if (end < text.Length && text[end] == VariationSelector16 && InRanges(EmojiData.TakesVariationSelector, codePoint))
        {
            end++;
        }

        if (codePoint == BlackFlag)
        {
            end += SubdivisionTagsLength(text, end);
        }

        return end;
    }

    private static int SubdivisionTagsLength(string text, int index)
    {
        foreach (var region in SubdivisionFlags)
        {
            var position = index;
            var matched = true;
            foreach (var letter in region)
            {
                if (!TryCodePointAt(text, position, out var tag) || tag != 0xE0000 + letter)
                {
                    matched = false;
                    break;
                }

                position += 2;
            }

            if (matched && TryCodePointAt(text, position, out var cancel) && cancel == CancelTag)
            {
                return position + 2 - index;
            }
        }

        return 0;
    }

    private static bool IsSingle(int codePoint) => InRanges(EmojiData.Single, codePoint);

    private static bool InRanges(ReadOnlySpan<int> ranges, int codePoint)
    {
        int low = 0, high = (ranges.Length / 2) - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (codePoint < ranges[2 * middle])
            {
                high = middle - 1;
            }
            else if (codePoint > ranges[(2 * middle) + 1])
            {
                low = middle + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryCodePointAt(string text, int index, out int codePoint)
    {
        codePoint = 0;
        if (index >= text.Length)
        {
            return false;
        }

        var c = text[index];
        if (!char.IsSurrogate(c))
        {
            codePoint = c;
            return true;
        }

        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            codePoint = char.ConvertToUtf32(c, text[index + 1]);
            return true;
        }

        return false;
    }
}
