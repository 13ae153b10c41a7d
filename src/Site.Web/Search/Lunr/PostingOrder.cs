namespace Site.Web.Search.Lunr;

/// <summary>
/// The order in which JavaScript enumerates the refs of one field's posting: refs that are
/// array indices ("0", "10") first by value, then the others in the order they were added.
/// Documents are added in order, so when no ref looks like an index the posting is already in
/// order and nothing is sorted.
/// </summary>
internal sealed class PostingOrder
{
    private readonly long[]? _sortKeys;

    public PostingOrder(IReadOnlyList<LunrIndexedDocument> documents)
    {
        if (documents.Any(document => JsPropertyOrder.IsArrayIndex(document.Reference, out _)))
        {
            long[] keys = [.. documents.Select((document, ordinal) => JsPropertyOrder.SortKey(document.Reference, ordinal))];

            // Refs "0", "1", "2", ... added in that order (a search shard's) are in order already.
            _sortKeys = IsAscending(keys) ? null : keys;
        }
    }

    /// <summary>Positions in <paramref name="documentOrdinals"/> (a posting, in add order), in JavaScript order.</summary>
    public IEnumerable<int> Of(IReadOnlyList<int> documentOrdinals)
    {
        IEnumerable<int> positions = Enumerable.Range(0, documentOrdinals.Count);
        long[]? keys = _sortKeys;
        return keys is null ? positions : positions.OrderBy(position => keys[documentOrdinals[position]]);
    }

    private static bool IsAscending(long[] keys)
    {
        for (var i = 1; i < keys.Length; i++)
        {
            if (keys[i] <= keys[i - 1])
            {
                return false;
            }
        }

        return true;
    }
}
