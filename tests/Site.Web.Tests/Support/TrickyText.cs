using System.Text;

namespace Site.Web.Tests.Support;

/// <summary>Random heading texts (fixed seeds) from characters that slug rules care about.</summary>
internal static class TrickyText
{
    private static readonly string[] Pieces =
    [
        "a", "B", "z", "Q", "1", "9", " ", " ", "  ", "-", "_", "__", "--", "&", ",", ".", "/", "\\", "?", "!", ":", ";",
        "'", "\"", "(", ")", "[", "]", "{", "}", "<", ">", "*", "**", "~", "`", "#", "@", "$", "%", "%41", "%zz", "^",
        "+", "=", "|", "–", "—", "…", "重点", "主题", "中文", "，", "。", "？", "！", "、", "；", "：", "“", "”", "【",
        "】", "（", "）", "《", "》", "「", "」", "～", "－", "¡", "©", "®", "°", "½", "µ", "º", "é", "É", "ß", "İ",
        "Σ", "ΟΣ", "σ", "Ж", "ǅ", "🚀", "✨", "⚠️", "⚠", "👍🏽", "👨‍👩‍👧", "🇺🇸", "🇦", "1️⃣", "#️⃣", "™", "☺",
        "❤️‍🔥", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "\u00A0", "\uFE0F", "\u3000", "\t", "&amp;", "&copy;", "&#65;", "`code`",
        "*emph*", "_u_", "[link](u)", "{#id}", "a_b", "x-y",
    ];

    /// <summary>
    /// A text of 1 to <paramref name="maxPieces"/> pieces, avoiding the two combinations where we
    /// knowingly differ from doctoc: a lone U+200D (emoji-regex keeps it when the joined
    /// sequence is not a recommended one; we drop it) and '_' right after an entity (doctoc's
    /// parser and Markdig disagree on whether that '_' opens emphasis).
    /// </summary>
    public static string Next(Random random, int maxPieces)
    {
        var text = new StringBuilder();
        var count = random.Next(1, maxPieces + 1);
        for (var i = 0; i < count; i++)
        {
            var piece = Pieces[random.Next(Pieces.Length)];
            if (piece[0] == '_' && text.Length > 0 && text[^1] == ';')
            {
                continue;
            }

            text.Append(piece);
        }

        return text.ToString();
    }
}
