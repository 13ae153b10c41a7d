namespace Site.Web.Search.Lunr;

/// <summary>
/// A term of the inverted index: its number (lunr's <c>_index</c>) and, per field, the documents
/// that contain it in the order they were added, with their token metadata when whitelisted.
/// </summary>
internal sealed class LunrIndexedTerm(string text, int index)
{
    private List<int>?[]? _documentsByField;
    private List<LunrTokenOccurrence[]>?[]? _occurrencesByField;

    public string Text { get; } = text;

    public int Index { get; } = index;

    /// <summary>lunr's document frequency: one per field posting, so a term in the title and the
    /// body of one page counts twice.</summary>
    public int DocumentFrequency { get; private set; }

    public void AddPosting(int fieldPosition, int documentOrdinal, LunrTokenOccurrence[]? occurrences, int fieldCount)
    {
        _documentsByField ??= new List<int>?[fieldCount];
        (_documentsByField[fieldPosition] ??= []).Add(documentOrdinal);
        if (occurrences is not null)
        {
            _occurrencesByField ??= new List<LunrTokenOccurrence[]>?[fieldCount];
            (_occurrencesByField[fieldPosition] ??= []).Add(occurrences);
        }
        DocumentFrequency++;
    }

    public IReadOnlyList<int> DocumentsIn(int fieldPosition) =>
        _documentsByField?[fieldPosition] ?? (IReadOnlyList<int>)[];

    /// <summary>The metadata of the <paramref name="postingNumber"/>th document of a field's posting.</summary>
    public LunrTokenOccurrence[] OccurrencesIn(int fieldPosition, int postingNumber) =>
        _occurrencesByField?[fieldPosition]?[postingNumber] ?? [];
}
