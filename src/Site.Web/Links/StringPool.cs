using System.Collections.Concurrent;

namespace Site.Web.Links;

/// <summary>
/// One copy of each string that many pages share (navigation links, release URLs, anchors such as
/// "features"): the link check keeps every page's links until the end, and on a large site most
/// of them are repeats.
/// </summary>
public sealed class StringPool
{
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public StringPool() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Get(ReadOnlySpan<char> text)
    {
        // Links and ids of pages: tens of thousands of distinct values recur across a large site, so a larger table (1 MB per thread) than for words.
        var recent = Text.RecentSpans.For<string>(this, slots: 1 << 16);
        var hash = Text.RecentSpans.Hash(text);
        if (recent.TryGet(hash, text, out var pooled))
        {
            return pooled;
        }

        if (!_lookup.TryGetValue(text, out pooled))
        {
            var copy = text.ToString();
            pooled = _strings.GetOrAdd(copy, copy);
        }

        recent.Set(hash, pooled, pooled);
        return pooled;
    }

    public string Get(string text) => _strings.GetOrAdd(text, text);
}
