using System.Globalization;
using System.Text;
using System.Text.Json;
using Site.Web.Search.Lunr;

namespace Site.Web.Tests.Search;

/// <summary>Our reproductions of JavaScript's lowercasing, whitespace, Math.log and number
/// printing, and of lunr's stemmer where .NET's regular expressions would differ, checked
/// against node.</summary>
public sealed class JsSemanticsTests(JsSemantics node) : IClassFixture<JsSemantics>
{
    [Fact]
    public void Lowercases_every_code_point_as_javascript_does()
    {
        var expected = new Dictionary<int, string>();
        foreach (JsonProperty change in node.Report.GetProperty("lowerCase").EnumerateObject())
        {
            expected[int.Parse(change.Name, CultureInfo.InvariantCulture)] = change.Value.GetString()!;
        }
        Assert.True(expected.Count > 1000, "node reported too few case mappings to be believed");
        var wrong = new List<string>();
        for (int codePoint = 0; codePoint <= 0x10FFFF; codePoint++)
        {
            if (codePoint is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }
            string text = char.ConvertFromUtf32(codePoint);
            string javaScript = expected.GetValueOrDefault(codePoint, text);
            if (JsLowerCase.ToLower(text) != javaScript)
            {
                wrong.Add($"U+{codePoint:X4}");
            }
        }
        Assert.Empty(wrong);
    }

    [Fact]
    public void Lowercases_in_context_as_javascript_does()
    {
        foreach (JsonElement pair in node.Report.GetProperty("lowerCaseInContext").EnumerateArray())
        {
            string text = pair[0].GetString()!;
            Assert.Equal(Escape(pair[1].GetString()!), Escape(JsLowerCase.ToLower(text)));
        }
    }

    [Fact]
    public void Splits_at_exactly_the_characters_javascript_calls_whitespace_and_hyphen()
    {
        int[] expected = [.. node.Report.GetProperty("separators").EnumerateArray().Select(unit => unit.GetInt32())];
        int[] actual = [.. Enumerable.Range(0, 0x10000).Where(unit => LunrTokenizer.IsSeparator((char)unit))];
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Computes_idf_logarithms_bit_for_bit_as_v8()
    {
        int compared = 0;
        foreach (JsonElement entry in node.Report.GetProperty("logarithms").EnumerateArray())
        {
            int documentCount = entry[0].GetInt32();
            int documentFrequency = entry[1].GetInt32();
            double expected = JsSemantics.DoubleFromHex(entry[2].GetString()!);
            double actual = LunrScoring.InverseDocumentFrequency(documentFrequency, documentCount);
            Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual),
                $"idf(N={documentCount}, df={documentFrequency}): V8 {expected:R}, ours {actual:R}");
            compared++;
        }
        Assert.True(compared > 10000);
    }

    [Fact]
    public void Prints_numbers_as_json_stringify()
    {
        foreach (JsonElement entry in node.Report.GetProperty("numberStrings").EnumerateArray())
        {
            double value = JsSemantics.DoubleFromHex(entry[0].GetString()!);
            Assert.Equal(entry[1].GetString(), JsNumberFormat.Format(value));
        }
    }

    [Fact]
    public void Prints_thousandths_as_json_stringify_prints_the_rounded_score()
    {
        foreach (JsonElement entry in node.Report.GetProperty("numberStrings").EnumerateArray())
        {
            double value = JsSemantics.DoubleFromHex(entry[0].GetString()!);
            double thousandths = JsMath.Round(value * 1000);
            if (!double.IsFinite(thousandths))
            {
                continue;
            }
            using var output = new MemoryStream();
            using (var writer = new JsonUtf8Writer(output))
            {
                writer.WriteThousandths(thousandths);
            }
            Assert.Equal(JsNumberFormat.Format(thousandths / 1000), Encoding.UTF8.GetString(output.ToArray()));
        }
    }

    [Fact]
    public void Stems_words_with_line_terminators_and_leading_y_as_lunr_does()
    {
        foreach (JsonElement pair in node.Report.GetProperty("stemmed").EnumerateArray())
        {
            string word = pair[0].GetString()!;
            Assert.True(pair[1].GetString() == LunrStemmer.Stem(word), $"{Escape(word)}: lunr {Escape(pair[1].GetString()!)}, ours {Escape(LunrStemmer.Stem(word))}");
        }
    }

    [Theory]
    [InlineData("vocabularyStems")]
    [InlineData("randomStems")]
    public void Stems_many_words_as_lunr_does(string list)
    {
        var wrong = new List<string>();
        JsonElement pairs = node.Report.GetProperty(list);
        foreach (JsonElement pair in pairs.EnumerateArray())
        {
            string word = pair[0].GetString()!;
            if (LunrStemmer.Stem(word) != pair[1].GetString())
            {
                wrong.Add($"{Escape(word)}: lunr {Escape(pair[1].GetString()!)}, ours {Escape(LunrStemmer.Stem(word))}");
            }
        }
        Assert.True(pairs.GetArrayLength() > 5000, "node found too few words to be a test");
        Assert.Empty(wrong);
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:x4}"));
}
