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
}
