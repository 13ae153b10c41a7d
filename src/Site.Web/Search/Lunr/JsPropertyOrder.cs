namespace Site.Web.Search.Lunr;

/// <summary>
/// The order in which JavaScript lists an object's own string keys, and so the order
/// JSON.stringify writes them: keys that are canonical array indices ("0" to "4294967294", no
/// sign, no leading zero) first, in ascending numeric order, then every other key in insertion
/// order. lunr keeps fields, postings and metadata in plain objects, so a document ref such as
/// "10" moves ahead of "a" in every posting.
/// </summary>
internal static class JsPropertyOrder
{
    private const ulong LargestArrayIndex = 4294967294;

    public static bool IsArrayIndex(string key, out uint index)
    {
        index = 0;
        if (key.Length is 0 or > 10 || (key.Length > 1 && key[0] == '0'))
        {
            return false;
        }
        ulong value = 0;
        foreach (char c in key)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
            value = value * 10 + (ulong)(c - '0');
        }
        if (value > LargestArrayIndex)
        {
            return false;
        }
        index = (uint)value;
        return true;
    }

    /// <summary>A sort key that puts keys in JavaScript's order, given each key's insertion rank.</summary>
    public static long SortKey(string key, int insertionRank) =>
        IsArrayIndex(key, out uint index) ? index : (long)LargestArrayIndex + 1 + insertionRank;

    /// <summary>The keys, given in insertion order, in the order JavaScript enumerates them.</summary>
    public static IReadOnlyList<T> Order<T>(IReadOnlyList<T> items, Func<T, string> key) =>
        [.. items.Select((item, rank) => (item, sortKey: SortKey(key(item), rank))).OrderBy(pair => pair.sortKey).Select(pair => pair.item)];
}
