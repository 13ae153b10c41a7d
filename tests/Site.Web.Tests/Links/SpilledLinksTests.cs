using Site.Engine.Documents;
using Site.Web.Links;

namespace Site.Web.Tests.Links;

/// <summary>Links kept in the spill file read back exactly as they were recorded, every time they are read.</summary>
public sealed class SpilledLinksTests
{
    [Fact]
    public void Links_read_back_field_for_field()
    {
        using var spill = new SpillStore();
        LinkReference[] links =
        [
            new("/docs/other/#重点", LinkKind.Internal, "seeds/a.md", 3, 5, "other.md#重点", "/docs/other/#%E9%87%8D%E7%82%B9"),
            new("https://example.com/x", LinkKind.External, "seeds/a.md", 3, 40, "https://example.com/x", "https://example.com/x"),
            new("/docs/b/", LinkKind.Internal, "seeds/included.md", 1_000_000, 1, "b.md", "/docs/b/"),
            new("mailto:a@b.c", LinkKind.Other, "seeds/included.md", 7, 200, "mailto:a@b.c", "mailto:a@b.c"),
            new("/x/", LinkKind.Internal, "seeds/a.md", 9, 9, "", ""),
        ];

        var spilled = SpilledLinks.Write(spill, links);

        Assert.IsType<SpilledLinks>(spilled);
        Assert.Equal(links.Length, spilled.Count);
        Assert.Equal(links, spilled.ToArray());
        Assert.Equal(links, spilled.ToArray()); // a second reading gives the same again
        Assert.Equal(links[2], spilled[2]);
    }

    [Fact]
    public void No_links_take_no_room_in_the_spill_file()
    {
        using var spill = new SpillStore();
        Assert.Empty(SpilledLinks.Write(spill, []));
        Assert.Equal(0, spill.Length);
    }
}
