using System.Text.Json;
using Site.Web.Search;

namespace Site.Web.Tests.Search;

public sealed class JsonTextTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("a\"b\\c", "\"a\\\"b\\\\c\"")]
    [InlineData("<b>&</b>", "\"\\u003cb\\u003e\\u0026\\u003c/b\\u003e\"")]
    [InlineData("line\nnext\ttab\u0001", "\"line\\nnext\\ttab\\u0001\"")]
    [InlineData("\u2028", "\"\\u2028\"")]
    [InlineData("🚀 安全", "\"🚀 安全\"")]
    public void Strings_are_quoted_as_json_with_markup_characters_escaped(string value, string expected)
        => Assert.Equal(expected, JsonText.Quote(value));

    [Fact]
    public void A_lone_surrogate_is_escaped_and_a_pair_copied()
        => Assert.Equal("\"lone \\ud800 x 🚀\"", JsonText.Quote("lone \ud800 x 🚀"));

    [Fact]
    public void Every_generated_string_reads_back_unchanged_and_stays_inert()
    {
        string[] pieces = ["a", "安全", "🚀", "\"", "\\", "\n", "\r", "\t", "\u0007", "<", ">", "&", "\u2028", "\u2029", " ", "é", new string('x', 100)];
        var random = new Random(5);
        for (var i = 0; i < 5000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
            var quoted = JsonText.Quote(text);
            Assert.Equal(text, JsonDocument.Parse(quoted).RootElement.GetString());
            Assert.DoesNotContain('<', quoted);
            Assert.DoesNotContain('&', quoted);
            Assert.DoesNotContain('\n', quoted);
        }
    }
}
