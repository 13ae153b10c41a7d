namespace Site.Web.Search.Lunr;

/// <summary>
/// One field of one document after analysis: its distinct terms (ids of the analyzer's
/// <see cref="LunrTermTable"/>) in the order they first came out of the pipeline, which decides
/// lunr's term numbers; how often each occurs; and the field's length in pipeline tokens, which
/// BM25 normalizes by.
/// </summary>
/// <remarks>Opaque outside the lunr writer: produced by <see cref="LunrIndexBuilder.AnalyzeField"/>, consumed by <see cref="LunrIndexBuilder.Compose"/>.</remarks>
public sealed class LunrFieldTerms
{
    internal LunrFieldTerms(int[] termIds, int[] frequencies, int length, LunrTokenOccurrence[][]? occurrences)
    {
        TermIds = termIds;
        Frequencies = frequencies;
        Length = length;
        Occurrences = occurrences;
    }

    internal static LunrFieldTerms Empty { get; } = new([], [], 0, null);

    internal int[] TermIds { get; }

    internal int[] Frequencies { get; }

    internal int Length { get; }

    /// <summary>Per term, where each of its tokens came from; null unless metadata is whitelisted.</summary>
    internal LunrTokenOccurrence[][]? Occurrences { get; }
}
