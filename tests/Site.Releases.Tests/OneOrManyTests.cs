using Site.Releases.Model;

namespace Site.Releases.Tests;

/// <summary>The list a fact keeps its stages and issue numbers in: one item inline, more in an array.</summary>
public sealed class OneOrManyTests
{
    [Fact]
    public void Holds_none_one_or_many_items_in_order()
    {
        OneOrMany<int> none = [];
        OneOrMany<int> one = [7];
        OneOrMany<int> three = [3, 1, 2];

        Assert.Empty(none);
        Assert.Equal([7], one);
        Assert.Equal([3, 1, 2], three);
        Assert.Equal(2, three[2]);
        Assert.Equal(7, one[0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => one[1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => none[0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => three[3]);

        var seen = new List<int>();
        foreach (var item in three)
        {
            seen.Add(item);
        }

        Assert.Equal([3, 1, 2], seen);
    }

    [Fact]
    public void Lists_with_equal_items_are_equal_so_facts_compare_by_value()
    {
        var source = new SourceRef("seeds/notes.md", 4, "/docs/notes/", "features");
        OneOrMany<StagePoint> first = [new StagePoint(new ReleaseVersion(1, 18), Stage.Beta, null, source)];
        OneOrMany<StagePoint> same = [new StagePoint(new ReleaseVersion(1, 18), Stage.Beta, null, source)];
        OneOrMany<StagePoint> other = [new StagePoint(new ReleaseVersion(1, 19), Stage.Beta, null, source)];

        Assert.Equal(first, same);
        Assert.Equal(first.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(first, other);
        Assert.NotEqual(first, [.. first, .. other]);
        Assert.Equal(
            new FeatureFact("Pod Priority", FeatureOrigin.Notes, source) { IssueNumbers = [268], Stages = first },
            new FeatureFact("Pod Priority", FeatureOrigin.Notes, source) { IssueNumbers = [268], Stages = same });
    }
}
