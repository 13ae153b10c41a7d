using System.Text.RegularExpressions;
using Site.Releases.Extraction;

namespace Site.Releases.Tests;

public sealed class FeatureNamesTests
{
    [Theory]
    [InlineData("APIServer DryRun", "API Server dry run")]
    [InlineData("Taint node by condition", "Taint Node by Condition")]
    public void Compact_keys_ignore_case_spacing_and_punctuation(string a, string b)
        => Assert.Equal(FeatureNames.CompactKey(a), FeatureNames.CompactKey(b));

    [Theory]
    [InlineData("Support out-of-tree and out-of-process cloud providers", "support out-of-process and out-of-tree cloud providers")]
    [InlineData("Pod affinity and anti-affinity", "Pod Affinity/Anti-Affinity")]
    public void Word_set_keys_ignore_word_order(string a, string b)
        => Assert.Equal(FeatureNames.WordSetKey(a), FeatureNames.WordSetKey(b));

    [Fact]
    public void Keys_are_exact_for_short_and_for_long_names()
    {
        // Names past 256 characters are keyed in heap buffers instead of on the stack; the keys must not change.
        Assert.Equal("apiserverdryrun", FeatureNames.CompactKey("APIServer DryRun"));
        Assert.Equal("beta cluster pod zeta", FeatureNames.WordSetKey("Zeta pods and the Beta cluster, zeta"));
        var longName = string.Concat(Enumerable.Repeat("Zeta pods and the Beta cluster ", 20));
        Assert.True(longName.Length > 256);
        Assert.Equal("beta cluster pod zeta", FeatureNames.WordSetKey(longName));
        Assert.Equal(string.Concat(Enumerable.Repeat("zetapodsandthebetacluster", 20)), FeatureNames.CompactKey(longName));
        var manyWords = string.Join(' ', Enumerable.Range(0, 40).Select(i => "word" + (char)('a' + (39 - i) % 26) + i));
        Assert.Equal(string.Join(' ', manyWords.Split(' ').Order(StringComparer.Ordinal)), FeatureNames.WordSetKey(manyWords));
    }

    [Fact]
    public void Different_features_keep_different_keys()
    {
        Assert.NotEqual(FeatureNames.WordSetKey("Node affinity/anti-affinity"), FeatureNames.WordSetKey("Pod affinity and anti-affinity"));
        Assert.Null(FeatureNames.WordSetKey("kubeadm"));
    }

    [Fact]
    public void Clean_drops_todo_notes_articles_and_trailing_conjunctions()
    {
        var aliases = new List<string>();

        Assert.Equal("Alpha integration with containerd 1.0", FeatureNames.Clean("Alpha integration with containerd 1.0 (TODO: A link to notes)", aliases));
        Assert.Equal("kubectl plugins become simpler", FeatureNames.Clean("kubectl plugins become simpler and", aliases));
        Assert.Empty(aliases);
    }

    [Theory]
    [InlineData("kubectl plugins become simpler and,", "kubectl plugins become simpler")]
    [InlineData("Pod priority AND :", "Pod priority")]
    [InlineData("Sand", "Sand")]
    [InlineData("band.", "band")]
    [InlineData("x, and", "x,")]
    [InlineData(" and", "")]
    [InlineData("..., ;", "")]
    public void Trailing_punctuation_and_a_dangling_and_are_dropped(string text, string expected)
        => Assert.Equal(expected, FeatureNames.WithoutTrailingJunk(text).ToString());

    [Fact]
    public void Trailing_junk_is_cut_where_the_pattern_it_replaces_matched()
    {
        // The loop replaced the pattern (?:\s+and)?[\s,;:.]*$ (case-insensitive) for speed; on
        // every string made of these pieces both must cut at the same place.
        var pattern = new Regex(@"(?:\s+and)?[\s,;:.]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        string[] pieces = ["a", "and", "AND", "sand", " ", "  ", ",", ".", ";", ":", "\t", "x", "an", "d"];
        var random = new Random(7);
        for (var i = 0; i < 20000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 7)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.Equal(pattern.Replace(text, string.Empty), FeatureNames.WithoutTrailingJunk(text).ToString());
        }
    }

    [Fact]
    public void Aka_is_found_as_the_two_case_insensitive_searches_found_it()
    {
        string[] pieces = ["a", "A", "k", "K", "ka", "aka", "AKA", ".", "a.k", ".a", " ", "x", "kubelet", "(", "Aka:"];
        var random = new Random(5);
        for (var i = 0; i < 20000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 8)).Select(_ => pieces[random.Next(pieces.Length)]));
            var expected = text.Contains("aka", StringComparison.OrdinalIgnoreCase) || text.Contains("a.k.a", StringComparison.OrdinalIgnoreCase);
            Assert.True(expected == FeatureNames.MentionsAka(text), text);
        }
    }
}
