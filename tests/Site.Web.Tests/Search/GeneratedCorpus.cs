using System.Text;
using Site.Web.Search.Lunr;

namespace Site.Web.Tests.Search;

/// <summary>
/// A few hundred pseudo-random release-notes pages from a fixed seed: English with stop words,
/// inflections the stemmer works on, numbers, punctuation, hyphens, every kind of whitespace,
/// accents, emoji and Chinese runs, with boosts and the occasional list-valued or missing field.
/// </summary>
internal static class GeneratedCorpus
{
    private static readonly string[] Words = (
        "kubernetes kubectl diff apply statefulset StatefulSet daemonset deployment pod pods node nodes cluster clusters "
        + "scheduler scheduling scheduled controller controllers controlling storage volume volumes network networking "
        + "policy policies secret secrets encryption encrypted rotation rotating certificate certificates upgrade upgrades "
        + "upgraded upgrading rollback alpha beta stable deprecated deprecation removed graduated feature features release "
        + "releases notes API api-server kube-proxy etcd v1.7 1.7.0 2017 3 10% 0x1F the a an and of to in is it for with "
        + "on by this that be are was not or as at from generalization relational conditional happiness hopeful "
        + "effective adjustable replacement Café naïve Straße İstanbul ΟΔΟΣ résumé 🚀 ☃ & && -- ... \"quoted\" (paren) "
        + "<b>bold</b> a/b c:d e_f g.h i,j yes yearly Yelling sky skies dying agreed").Split(' ');

    private const string Chinese = "安全性提升包括加密的密钥网络策略节点授权器以及证书轮换有状态应用存储扩展";
    private static readonly string[] ChinesePunctuation = ["，", "。", "、", "：", "「", "」", ""];
    private static readonly string[] Separators = [" ", " ", " ", " ", " ", "\t", "\n", "\u00A0", "\u3000", "-", " - ", "\u2028", "\r\n"];

    public static IEnumerable<LunrTestCase> All()
    {
        LunrField[] fields = [new("title", 10), new("heading", 3), new("body")];
        LunrTestDocument[] documents = Documents(seed: 20170630, count: 300);
        string[] queries = Queries(new Random(7), 40);
        yield return new LunrTestCase("corpus-default", false, fields, documents, queries);
        yield return new LunrTestCase("corpus-cjk", true, fields, documents, queries);
        yield return new LunrTestCase("corpus-cjk-with-metadata", true, fields, Documents(seed: 42, count: 40), queries,
            ["position", "index"]);
    }

    private static LunrTestDocument[] Documents(int seed, int count)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(i => Document(random, i))];
    }

    private static LunrTestDocument Document(Random random, int number)
    {
        var values = new Dictionary<string, object?>
        {
            ["title"] = Text(random, random.Next(1, 8)),
            ["body"] = Text(random, random.Next(0, 400)),
        };
        int headingShape = random.Next(10);
        if (headingShape < 6)
        {
            values["heading"] = Text(random, random.Next(0, 20));
        }
        else if (headingShape < 8)
        {
            values["heading"] = Enumerable.Range(0, random.Next(0, 4)).Select(_ => (string?)Text(random, random.Next(1, 4))).ToArray();
        }
        else if (headingShape == 8)
        {
            values["heading"] = null;
        }
        double? boost = random.Next(8) switch { 0 => 2, 1 => 0.5, _ => null };
        // Refs are URLs mostly; a few look like array indexes, which changes posting order.
        string reference = number % 37 == 5 ? number.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"/releases/v1.{number}/";
        return new LunrTestDocument(reference, values, boost);
    }

    private static string Text(Random random, int words)
    {
        var text = new StringBuilder();
        for (int i = 0; i < words; i++)
        {
            if (i > 0)
            {
                text.Append(Separators[random.Next(Separators.Length)]);
            }
            text.Append(random.Next(6) == 0 ? ChineseRun(random) : Word(random));
        }
        return text.ToString();
    }

    private static string Word(Random random)
    {
        string word = Words[random.Next(Words.Length)];
        return random.Next(12) switch
        {
            0 => word.ToUpperInvariant(),
            1 => char.ToUpperInvariant(word[0]) + word[1..],
            2 => word + ",",
            3 => "(" + word + ")",
            _ => word,
        };
    }

    private static string ChineseRun(Random random)
    {
        var run = new StringBuilder();
        int length = random.Next(1, 9);
        for (int i = 0; i < length; i++)
        {
            run.Append(Chinese[random.Next(Chinese.Length)]);
        }
        run.Append(ChinesePunctuation[random.Next(ChinesePunctuation.Length)]);
        if (random.Next(5) == 0)
        {
            run.Append(Words[random.Next(Words.Length)]);
        }
        return run.ToString();
    }

    private static string[] Queries(Random random, int count) =>
    [
        .. Enumerable.Range(0, count).Select(_ => string.Join(' ', Enumerable.Range(0, random.Next(1, 4)).Select(_ => Word(random)))),
        .. Enumerable.Range(0, 10).Select(_ => ChineseRun(random)),
        "kubectl diff", "StatefulSet", "安全", "安全性", "存储", "安全性提升 kubectl diff", "title:kubernetes", "upgrad*", "+pod -node",
    ];
}
