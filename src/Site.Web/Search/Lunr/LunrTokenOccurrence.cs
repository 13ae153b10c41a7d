namespace Site.Web.Search.Lunr;

/// <summary>
/// Where one indexed token came from, for the metadata whitelist: lunr's <c>position</c>
/// ([start, length] in the lowercased field) and <c>index</c> (the token's number in the
/// tokenizer's output). Tokens of a list-valued field have neither; <see cref="TokenIndex"/> is
/// then -1.
/// </summary>
internal readonly record struct LunrTokenOccurrence(int Start, int Length, int TokenIndex)
{
    public bool HasPosition => TokenIndex >= 0;
}
