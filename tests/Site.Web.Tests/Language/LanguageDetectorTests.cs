using System.Text;
using Site.Web.Language;

namespace Site.Web.Tests.Language;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("Kubernetes 1.7 adds network policies and encrypted secrets.", "en")]
    [InlineData("Kubernetes 1.7 的安全性提升包括加密的 Secret、网络策略 API 和节点授权器。", "zh-CN")]
    [InlineData("Kubernetes 1.7 のセキュリティ強化には暗号化されたシークレットが含まれます。", "en")]
    [InlineData("𠀀𠀁𠀂 CSI", "zh-CN")]
    [InlineData("`代码` [链接](https://例子.com/路径) plain English prose around it", "en")]
    [InlineData("", "en")]
    public void Tells_chinese_prose_from_other_text(string text, string expected)
        => Assert.Equal(expected, LanguageDetector.Detect(text, "en"));

    [Fact]
    public void Counts_letters_as_unicode_does_on_mixed_text()
    {
        // The ASCII fast path must count what decoding every rune and asking Unicode counted.
        string[] pieces = ["network ", "policy", "1.7 ", "！", "，", "加密", "密钥", "𠀀", "の", "カ", "Café ", "naïve", "Ωmega", "  ", "-", "é", "\u00A0"];
        var random = new Random(11);
        for (var i = 0; i < 5000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.Equal(Reference(text), LanguageDetector.Detect(text, "en"));
        }
    }

    private static string Reference(string text)
    {
        long letters = 0, han = 0, kana = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (!Rune.IsLetter(rune))
            {
                continue;
            }

            letters++;
            han += LanguageDetector.IsHan(rune.Value) ? 1 : 0;
            kana += rune.Value is >= 0x3040 and <= 0x30FF ? 1 : 0;
        }

        return letters > 0 && kana == 0 && han >= letters * 0.25 ? "zh-CN" : "en";
    }
}
