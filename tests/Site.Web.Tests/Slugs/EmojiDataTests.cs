using System.Text;
using System.Text.Json;
using Site.Web.Slugs;
using Site.Web.Tests.Support;

namespace Site.Web.Tests.Slugs;

/// <summary>Every code point: is it an emoji for us exactly when emoji-regex (doctoc's) says so?</summary>
public sealed class EmojiDataTests
{
    [Fact]
    public void Single_code_points_and_flags_match_emoji_regex()
    {
        using var table = JsonDocument.Parse(Node.RunScript("emoji-table.js"));
        var single = Expand(table.RootElement.GetProperty("single"));
        var withSelector = Expand(table.RootElement.GetProperty("withVariationSelector"));

        for (var codePoint = 0; codePoint <= 0x10FFFF; codePoint++)
        {
            if (codePoint is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            var text = char.ConvertFromUtf32(codePoint);
            Assert.True(single.Contains(codePoint) == (EmojiStripper.Strip(text).Length == 0), $"U+{codePoint:X4} alone");
            Assert.True(withSelector.Contains(codePoint) == (EmojiStripper.Strip(text + "\uFE0F").Length == 0), $"U+{codePoint:X4} U+FE0F");
        }

        foreach (var flag in table.RootElement.GetProperty("flags").EnumerateArray())
        {
            var region = flag.GetString()!;
            var text = new StringBuilder()
                .Append(char.ConvertFromUtf32(0x1F1E6 + region[0] - 'A'))
                .Append(char.ConvertFromUtf32(0x1F1E6 + region[1] - 'A')).ToString();
            Assert.Equal(string.Empty, EmojiStripper.Strip(text));
        }
    }

    private static HashSet<int> Expand(JsonElement ranges)
    {
        var set = new HashSet<int>();
        foreach (var range in ranges.EnumerateArray())
        {
            for (var codePoint = range[0].GetInt32(); codePoint <= range[1].GetInt32(); codePoint++)
            {
                set.Add(codePoint);
            }
        }

        return set;
    }
}
