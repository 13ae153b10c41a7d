using Site.Engine.Documents;

namespace Site.Engine.Tests;

public sealed class MetadataTests
{
    private static readonly Key<string> Title = new("title");
    private static readonly Key<int> Count = new("count");

    [Fact]
    public void Setting_returns_a_new_instance_and_leaves_the_old_one_as_it_was()
    {
        var first = Metadata.Empty.With(Title, "A");
        var second = first.With(Title, "B").With(Count, 3);

        Assert.Equal("A", first.Get(Title));
        Assert.False(first.Contains(Count));
        Assert.Equal("B", second.Get(Title));
        Assert.Equal(3, second.Get(Count));
        Assert.Equal(["title", "count"], second.Names);
        Assert.Equal(0, Metadata.Empty.Count);
    }

    [Fact]
    public void Removing_keeps_the_other_values_in_order()
    {
        var a = new Key<string>("a");
        var b = new Key<string>("b");
        var c = new Key<string>("c");
        var all = Metadata.Empty.With(a, "1").With(b, "2").With(c, "3");

        var withoutMiddle = all.Without(b);

        Assert.Equal(["a", "c"], withoutMiddle.Names);
        Assert.Equal("3", withoutMiddle.Get(c));
        Assert.Same(all, all.Without(new Key<string>("missing")));
        Assert.Equal(3, all.Count);
    }

    [Fact]
    public void A_key_made_separately_with_the_same_name_finds_the_value_and_a_wrong_type_does_not()
    {
        var metadata = Metadata.Empty.With(Title, "A");

        Assert.Equal("A", metadata.Get(new Key<string>(new string("title".AsSpan()))));
        Assert.False(metadata.TryGet(new Key<int>("title"), out _));
        Assert.Throws<KeyNotFoundException>(() => metadata.Get(Count));
        Assert.Equal(0, metadata.GetOrDefault(Count));
    }
}
