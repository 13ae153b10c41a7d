using Site.Engine.Documents;

namespace Site.Engine.Tests;

public sealed class DocumentTests
{
    private static readonly Key<string> Title = new("title");
    private static readonly Key<int> Count = new("count");

    [Fact]
    public void With_returns_a_new_document_and_leaves_the_original_alone()
    {
        var original = new Document("a.md", "a/index.html").With(Title, "A");

        var changed = original.With(Title, "B").WithDestination("b/index.html").WithText("body");

        Assert.Equal("A", original.Get(Title));
        Assert.Equal("a/index.html", original.Destination);
        Assert.Equal(string.Empty, original.Content.ReadText());
        Assert.Equal("B", changed.Get(Title));
        Assert.Equal("b/index.html", changed.Destination);
        Assert.Equal("body", changed.Content.ReadText());
    }

    [Fact]
    public void Typed_keys_never_convert()
    {
        var doc = new Document(null, null).With(new Key<string>("count"), "3");

        Assert.False(doc.TryGet(Count, out _));
        Assert.Equal(0, doc.GetOrDefault(Count));
        Assert.Throws<KeyNotFoundException>(() => doc.Get(Count));
    }

    [Fact]
    public void Contents_round_trip_text_and_bytes()
    {
        Assert.Equal("é中", new BytesContent("é中"u8.ToArray()).ReadText());
        Assert.Equal("é中"u8.ToArray(), new TextContent("é中").ReadBytes());
    }
}

public sealed class SpillStoreTests
{
    [Fact]
    public void Spilled_contents_read_back_exactly_even_when_written_in_parallel()
    {
        using var store = new SpillStore();
        var texts = Enumerable.Range(0, 200).Select(i => new string((char)('a' + (i % 26)), i * 37) + "重点" + i).ToArray();
        var contents = new Content[texts.Length];

        Parallel.For(0, texts.Length, i => contents[i] = store.Write(texts[i]));

        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(texts[i], contents[i].ReadText());
        }
    }
}
