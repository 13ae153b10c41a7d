using Site.Web.Text;

namespace Site.Web.Tests.Text;

/// <summary>A thread's table of recent keys finds a value only for an equal key of the same owner.</summary>
public sealed class RecentSpansTests
{
    private sealed record Value(string Text);

    [Fact]
    public void Finds_a_value_by_an_equal_span_and_misses_other_keys()
    {
        var owner = new object();
        var table = RecentSpans.For<Value>(owner);
        var hash = RecentSpans.Hash("kubernetes");
        table.Set(hash, "kubernetes", new Value("k8s"));

        Assert.True(table.TryGet(RecentSpans.Hash("xkubernetesx".AsSpan(1, 10)), "xkubernetesx".AsSpan(1, 10), out var found));
        Assert.Equal("k8s", found.Text);
        Assert.False(table.TryGet(RecentSpans.Hash("kubernete"), "kubernete", out _));
    }

    [Fact]
    public void A_table_size_that_is_not_a_power_of_two_is_refused()
        => Assert.Throws<ArgumentOutOfRangeException>(() => RecentSpans.For<Value>(new object(), slots: 1000));

    [Fact]
    public void Another_owner_on_the_same_thread_starts_empty()
    {
        var first = new object();
        var hash = RecentSpans.Hash("alpha");
        RecentSpans.For<Value>(first).Set(hash, "alpha", new Value("first"));

        Assert.False(RecentSpans.For<Value>(new object()).TryGet(hash, "alpha", out _));
        Assert.False(RecentSpans.For<Value>(first).TryGet(hash, "alpha", out _)); // the table was cleared when the other owner took it
    }

    [Fact]
    public void Two_keys_in_one_slot_keep_the_last_and_never_mistake_one_for_the_other()
    {
        var owner = new object();
        var table = RecentSpans.For<Value>(owner);
        var keys = Enumerable.Range(0, 20_000).Select(i => "key" + i).ToList();
        var (a, b) = keys.GroupBy(k => RecentSpans.Hash(k) & 4095).First(g => g.Count() > 1).Take(2).ToArray() switch { var pair => (pair[0], pair[1]) };
        table.Set(RecentSpans.Hash(a), a, new Value(a));
        table.Set(RecentSpans.Hash(b), b, new Value(b));

        Assert.False(table.TryGet(RecentSpans.Hash(a), a, out _));
        Assert.True(table.TryGet(RecentSpans.Hash(b), b, out var found));
        Assert.Equal(b, found.Text);
    }
}
