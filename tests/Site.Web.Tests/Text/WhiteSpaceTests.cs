using System.Text;
using Site.Web.Text;

namespace Site.Web.Tests.Text;

/// <summary>
/// White space is folded by words found as runs; these compare it with folding one character at a
/// time (the definition: every char.IsWhiteSpace character is white space) on generated texts.
/// </summary>
public sealed class WhiteSpaceTests
{
    // Every kind of white space there is, plain words, and letters of other scripts.
    private static readonly string[] Pieces =
    [
        " ", "  ", "\t", "\n", "\r\n", "\u00A0", "\u2003", "\u3000", "\u2028", "\u0085", "\u000B",
        "a", "kubectl", "Pod", "v1.18", "中文", "é", "-", "`",
    ];

    [Fact]
    public void Collapsing_agrees_with_folding_one_character_at_a_time()
    {
        foreach (var text in Texts())
        {
            Assert.Equal(CharByChar(text), WhiteSpace.Collapse(text));
            Assert.Equal(CharByChar(text), WhiteSpace.Collapse(new StringBuilder(text)));
        }
    }

    [Fact]
    public void A_text_already_collapsed_is_returned_as_it_is_and_only_then()
    {
        foreach (var text in Texts())
        {
            var collapsed = WhiteSpace.Collapse(text);
            Assert.Equal(collapsed == text, ReferenceEquals(collapsed, text));
        }
    }

    [Fact]
    public void Words_are_taken_one_by_one_with_the_space_owed_before_each()
    {
        var text = "  kubectl\u00A0diff\t\n v1.18 ".AsSpan();
        var space = false;
        var words = new List<(string Word, bool Space)>();
        while (WhiteSpace.NextWord(ref text, ref space, afterText: words.Count > 0) is { IsEmpty: false } word)
        {
            words.Add((word.ToString(), space));
            space = false;
        }

        Assert.Equal([("kubectl", false), ("diff", true), ("v1.18", true)], words);
        Assert.True(space, "the trailing white space owes a space to whatever comes next");
    }

    [Fact]
    public void Every_white_space_character_is_in_the_search_set()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            Assert.Equal(char.IsWhiteSpace(c), WhiteSpace.Chars.Contains(c));
        }
    }

    private static IEnumerable<string> Texts()
    {
        var random = new Random(7);
        yield return string.Empty;
        foreach (var piece in Pieces)
        {
            yield return piece;
        }

        for (var i = 0; i < 3000; i++)
        {
            var text = new StringBuilder();
            for (var n = random.Next(0, 12); n > 0; n--)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
            }

            yield return text.ToString();
        }
    }

    private static string CharByChar(string text)
    {
        var result = new StringBuilder();
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = result.Length > 0;
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }
}
