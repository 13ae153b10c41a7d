namespace Site.Web.Search.Lunr;

/// <summary>
/// Numbers every distinct term the pipeline has produced, so that counting and merging work on
/// integers instead of hashing strings again. These numbers follow analysis order, which is
/// parallel and so arbitrary; lunr's term numbers are given later, in add order. Only consulted
/// the first time a token is seen, so a lock is cheap enough.
/// </summary>
internal sealed class LunrTermTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];
    private readonly Lock _lock = new();

    public int IdOf(string term)
    {
        lock (_lock)
        {
            if (!_ids.TryGetValue(term, out int id))
            {
                id = _terms.Count;
                _ids.Add(term, id);
                _terms.Add(term);
            }
            return id;
        }
    }

    public string TermOf(int id)
    {
        lock (_lock)
        {
            return _terms[id];
        }
    }
}
