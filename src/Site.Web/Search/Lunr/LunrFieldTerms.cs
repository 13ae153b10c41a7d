namespace Site.Web.Search.Lunr;

/// <summary>
/// One field of one document after analysis: its distinct terms (ids of the analyzer's
/// <see cref="LunrTermTable"/>) in the order they first came out of the pipeline, which decides
/// lunr's term numbers; how often each occurs; and the field's length in pipeline tokens, which
/// BM25 normalizes by.
/// </summary>
internal sealed class LunrFieldTerms(int[] termIds, int[] frequencies, int length, LunrTokenOccurrence[][]? occurrences)
{
    public static LunrFieldTerms Empty { get; } = new([], [], 0, null);

    public int[] TermIds { get; } = termIds;

    public int[] Frequencies { get; } = frequencies;

    public int Length { get; } = length;

    /// <summary>Per term, where each of its tokens came from; null unless metadata is whitelisted.</summary>
    public LunrTokenOccurrence[][]? Occurrences { get; } = occurrences;
}
