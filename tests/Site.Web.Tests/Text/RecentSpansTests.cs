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
        var slot = RecentSpans.SlotOf("kubernetes");
        table.Set(slot, "kubernetes", new Value("k8s"));

        Assert.True(table.TryGet(RecentSpans.SlotOf("xkubernetesx".AsSpan(1, 10)), "xkubernetesx".AsSpan(1, 10), out var found));
        Assert.Equal("k8s", found.Text);
        Assert.False(table.TryGet(RecentSpans.SlotOf("kubernete"), "kubernete", out _));
    }

    [Fact]
    public void Another_owner_on_the_same_thread_starts_empty()
    {
        var first = new object();
        var slot = RecentSpans.SlotOf("alpha");
        RecentSpans.For<Value>(first).Set(slot, "alpha", new Value("first"));

        Assert.False(RecentSpans.For<Value>(new object()).TryGet(slot, "alpha", out _));
        Assert.False(RecentSpans.For<Value>(first).TryGet(slot, "alpha", out _)); // the table was cleared when the other owner took it
    }

    [Fact]
    public void Two_keys_in_one_slot_keep_the_last_and_never_mistake_one_for_the_other()
    {
        var owner = new object();
        var table = RecentSpans.For<Value>(owner);
        var keys = Enumerable.Range(0, 20_000).Select(i => "key" + i).ToList();
        var (a, b) = keys.GroupBy(k => RecentSpans.SlotOf(k)).First(g => g.Count() > 1).Take(2).ToArray() switch { var pair => (pair[0], pair[1]) };
        var slot = RecentSpans.SlotOf(a);
        table.Set(slot, a, new Value(a));
        table.Set(slot, b, new Value(b));

        Assert.False(table.TryGet(slot, a, out _));
        Assert.True(table.TryGet(slot, b, out var found));
        Assert.Equal(b, found.Text);
    }
}
