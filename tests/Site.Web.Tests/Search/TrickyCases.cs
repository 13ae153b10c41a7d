using Site.Web.Search.Lunr;

namespace Site.Web.Tests.Search;

/// <summary>Small indexes built around the places where a reimplementation of lunr goes wrong.</summary>
internal static class TrickyCases
{
    private static readonly LunrField[] TitleAndBody = [new("title", 10), new("body")];

    public static IEnumerable<LunrTestCase> All()
    {
        yield return Case("empty-and-null-fields", TitleAndBody,
            Doc("a", ("title", ""), ("body", null)),
            Doc("b", ("title", "   "), ("body", "- - -\t\n")),
            Doc("c", ("body", "only a body here")),
            Doc("d", ("title", "kubernetes"), ("body", "")),
            Doc("e"));
        yield return Case("ampersand-and-punctuation", TitleAndBody,
            Doc("amp", ("title", "&"), ("body", "& & &")),
            Doc("mixed", ("title", "Q&A"), ("body", "a & b ... !!! (kubectl) \"quoted\" 'single' [x] {y}")),
            Doc("dots", ("body", ". .. ... … -- —")));
        yield return Case("numbers", TitleAndBody,
            Doc("n1", ("title", "Release 1.7"), ("body", "1.7 2017 3.14 0x1F 1e10 -5 +5 v1.7.0 1,000 10% $5 07 007 1_000")),
            Doc("n2", ("title", "1.7.0"), ("body", "2017-06-30 1.7 1.70 1.7.0-beta.1 NaN Infinity -0 0")));
        yield return Case("unicode", TitleAndBody,
            Doc("latin", ("title", "Café Straße ÉCOLE naïve"), ("body", "résumé façade coöperate ßtraße STRASSE über")),
            Doc("turkish", ("title", "İstanbul DİYARBAKIR ıi Iİ"), ("body", "ılık İĞNE iğne")),
            Doc("greek", ("title", "ΟΔΟΣ Σίσυφος"), ("body", "ΑΣ. ΣΑ Α.Σ ΑΣ\u00ADΒ")),
            Doc("emoji", ("title", "🚀 launch"), ("body", "kubernetes🚀 🚀🚀 👩‍👩‍👧 ☃ \U0001F600rocket")),
            Doc("surrogates", ("title", "lone\uD800high and \uDC00low"), ("body", "a\uDC00b \uD800 x\uD83D \uDE00y")),
            Doc("separators", ("title", "line\u2028separator para\u2029graph"),
                ("body", "bom\uFEFFsplit nel\u0085kept nbsp\u00A0split ideo\u3000space zw\u200Bkept thin\u2009space vt\u000Bff\u000Ccr\rlf\ntab\tend ogham\u1680x nnbsp\u202Fx mmsp\u205Fx")),
            Doc("controls", ("body", "a\u0001b \u0000 \u001F c\u007Fd \bback")));
        yield return Case("very-long-tokens", TitleAndBody,
            Doc("long1", ("title", new string('a', 5000) + "ing"), ("body", string.Concat(Enumerable.Repeat("controlling", 3000)))),
            Doc("long2", ("body", string.Concat(Enumerable.Range(0, 20000).Select(i => (char)('a' + i * 7 % 26))) + " short")));
        yield return Case("stop-words-only", TitleAndBody,
            Doc("s1", ("title", "The"), ("body", "the and a of to in is it")),
            Doc("s2", ("title", "a an"), ("body", "would could should")));
        yield return Case("refs-that-look-like-array-indexes", TitleAndBody,
            Doc("b", ("title", "shared"), ("body", "alpha")),
            Doc("10", ("title", "shared"), ("body", "alpha")),
            Doc("4294967295", ("title", "shared"), ("body", "alpha")),
            Doc("01", ("title", "shared")),
            Doc("4294967294", ("title", "shared"), ("body", "alpha")),
            Doc("0", ("title", "shared")),
            Doc("a", ("title", "shared"), ("body", "alpha")),
            Doc("2", ("title", "shared beta")),
            Doc("-1", ("title", "shared")),
            Doc("1.5", ("title", "shared")),
            Doc(" 3", ("title", "shared")),
            Doc("", ("title", "shared empty ref")),
            Doc("9007199254740993", ("title", "shared")));
        yield return Case("json-escaping", TitleAndBody,
            Doc("<script>alert(\"x\")</script>", ("title", "<script>alert(\"x\")</script>"), ("body", "say \"hello\" \\ back\\slash")),
            Doc("quote\"back\\slash/ref", ("title", "it's \"quoted\""), ("body", "tab\u0001inside a\"b c\\d e/f </script> &amp; &lt;")),
            Doc("ref\u2028with\u0001controls\u007f\u00a0", ("title", "x\u0008y x\u000Ey"), ("body", "u\u2028v")),
            Doc("lone\uD800surrogate\uDFFFref", ("title", "shared x\u0008y"), ("body", "u\u2028v")));
        yield return Case("boosts", [new("title", 10), new("heading", 0), new("body", 2.5), new("tags", -1)],
            Doc("plain", ("title", "kubernetes cluster"), ("heading", "cluster"), ("body", "kubernetes cluster upgrade"), ("tags", "cluster")),
            Boosted("double", 2, ("title", "cluster"), ("body", "kubernetes")),
            Boosted("zero", 0, ("title", "cluster"), ("body", "upgrade")),
            Boosted("half", 0.5, ("heading", "kubernetes"), ("body", "cluster cluster")),
            Boosted("huge", 1e20, ("title", "cluster"), ("body", "huge")),
            Boosted("huger", 3e27, ("body", "cluster kubernetes")),
            Boosted("negative", -3, ("title", "cluster"), ("tags", "kubernetes")),
            Boosted("tiny", 1e-9, ("title", "cluster"), ("body", "kubernetes")));
        yield return Case("list-values", [new("title", 5), new("tags")],
            Doc("l1", ("title", new string?[] { "Kubernetes Cluster", "kubectl diff", null, "", "The" }), ("tags", new string?[] { "SIG-Node", "stable" })),
            Doc("l2", ("title", "kubernetes cluster"), ("tags", new string?[] { "sig node", "Stable", "安全性提升" })),
            Doc("l3", ("tags", System.Array.Empty<string?>())));
        yield return Case("field-names-that-look-like-array-indexes", [new("title", 3), new("10"), new("0", 2), new("b\u00e9 \"q\"")],
            Doc("x", ("title", "alpha beta"), ("10", "beta gamma"), ("0", "gamma delta"), ("b\u00e9 \"q\"", "delta alpha")),
            Doc("y", ("0", "alpha"), ("b\u00e9 \"q\"", "beta")));
        yield return Case("object-prototype-words", TitleAndBody,
            Doc("__proto__", ("title", "constructor __proto__ toString"), ("body", "hasOwnProperty valueOf prototype")),
            Doc("constructor", ("title", "constructor"), ("body", "__proto__")),
            Doc("toString", ("body", "tostring constructor")));
        yield return Case("no-documents", TitleAndBody);
        yield return Case("stemmer-words-in-text", TitleAndBody,
            Doc("s", ("title", "Yelling skies"), ("body", "connections connected connecting generalizations hopping hoping yearly YES sky dying agreed")),
            Doc("t", ("body", "relational conditional rationality controlling rolled cats\u0085dogs happy\u0085ness")));
        yield return Case("metadata-whitelist", TitleAndBody, ["position", "index", "fields", "unknown", "0"],
            Doc("m1", ("title", "Kubernetes kubernetes"), ("body", "kubectl diff, kubectl apply; the kubectl")),
            Doc("m2", ("title", new string?[] { "Kubernetes", "kubectl", null }), ("body", "İstanbul kubectl")));
        yield return Case("metadata-whitelist-cjk", TitleAndBody, ["position", "index"], cjk: true,
            Doc("z1", ("title", "安全性提升"), ("body", "kubectl安全性，存储。v1.7版本 安全")),
            Doc("z2", ("title", new string?[] { "存储扩展" }), ("body", "网络策略 network policy")));
        yield return Case("cjk-mixed", TitleAndBody, cjk: true,
            Doc("zh", ("title", "安全性提升"), ("body", "包括加密的密钥，网络策略、节点授权器以及证书轮换。存储扩展")),
            Doc("mixed", ("title", "kubectl diff 命令"), ("body", "StatefulSet 的更新策略 v1.7版本 a安b 安 〇 丽 豈 㐀 ＡＢＣ 「引号」")),
            Doc("en", ("title", "StatefulSet updates"), ("body", "kubectl diff shows the changes, security improvements")));
    }

    private static LunrTestCase Case(string name, LunrField[] fields, params LunrTestDocument[] documents) =>
        Case(name, fields, null, false, documents);

    private static LunrTestCase Case(string name, LunrField[] fields, string[]? whitelist, params LunrTestDocument[] documents) =>
        Case(name, fields, whitelist, false, documents);

    private static LunrTestCase Case(string name, LunrField[] fields, bool cjk, params LunrTestDocument[] documents) =>
        Case(name, fields, null, cjk, documents);

    private static LunrTestCase Case(string name, LunrField[] fields, string[]? whitelist, bool cjk, params LunrTestDocument[] documents) =>
        new(name, cjk, fields, documents, Queries(documents), whitelist);

    /// <summary>Every word of the documents as a query, plus a few in lunr's query syntax.</summary>
    private static string[] Queries(LunrTestDocument[] documents) =>
    [
        .. documents.SelectMany(document => document.Values.Values)
            .SelectMany(value => value switch { string text => [text], string?[] items => items, _ => [] })
            .SelectMany(text => (text ?? "").Split(' '))
            .Where(word => word.Length is > 0 and < 40)
            .Distinct(StringComparer.Ordinal)
            .Take(40),
        "kubernetes cluster", "title:kubernetes", "kube*", "clustr~1", "+kubernetes -upgrade", "安全", "安全性",
    ];

    private static LunrTestDocument Doc(string reference, params (string Field, object? Value)[] values) =>
        new(reference, values.ToDictionary(pair => pair.Field, pair => pair.Value));

    private static LunrTestDocument Boosted(string reference, double boost, params (string Field, object? Value)[] values) =>
        Doc(reference, values) with { Boost = boost };
}
