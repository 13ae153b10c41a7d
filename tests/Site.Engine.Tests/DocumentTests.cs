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

    [Fact]
    public void Rented_text_is_the_text_from_the_page_the_file_or_memory()
    {
        using var store = new SpillStore();
        var small = "小 text 重点 " + new string('x', 100);      // stays in the page being filled
        var large = string.Concat(Enumerable.Repeat("大きい 😀 ", 2000)); // goes to the file at once
        Content[] contents = [store.Write(small), store.Write(large), new TextContent(small)];

        foreach (var (content, text) in contents.Zip([small, large, small]))
        {
            using var rented = content.RentText();
            Assert.Equal(text, rented.Span.ToString());
        }
    }

    [Fact]
    public void Small_and_large_contents_read_back_while_others_are_written_across_many_pages()
    {
        // Small contents share in-memory pages flushed when full; large ones go straight to the
        // file. Readers run while writers fill and flush pages, so every read sees either the
        // page or the file, never a range in between.
        using var store = new SpillStore();
        var sizes = Enumerable.Range(0, 6000).Select(i => i % 97 == 0 ? 9000 + i : 1 + (i * 131 % 3000)).ToArray();
        var texts = sizes.Select((size, i) => string.Create(size, i, (span, seed) =>
        {
            for (var k = 0; k < span.Length; k++)
            {
                span[k] = (char)('a' + ((seed + k) % 26));
            }
        })).ToArray();
        var contents = new Content?[texts.Length];

        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            contents[i] = store.Write(texts[i]);
            var earlier = i / 2;
            if (Volatile.Read(ref contents[earlier]) is { } written)
            {
                Assert.Equal(texts[earlier], written.ReadText());
            }
        });

        Assert.True(store.Length > 2 * 256 * 1024, "the test must span several pages");
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(texts[i], contents[i]!.ReadText());
            Assert.Equal(System.Text.Encoding.UTF8.GetBytes(texts[i]), contents[i]!.ReadBytes());
        }
    }
}
