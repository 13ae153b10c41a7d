namespace Site.Web.Search.Lunr;

/// <summary>
/// The text processing of an index: the functions every token of a document goes through, and
/// the search pipeline whose labels the index carries so that the browser applies the same
/// processing to query terms.
/// </summary>
public sealed class LunrPipeline
{
    public LunrPipeline(IReadOnlyList<ILunrPipelineFunction> indexFunctions, IReadOnlyList<ILunrPipelineFunction> searchFunctions)
    {
        ArgumentNullException.ThrowIfNull(indexFunctions);
        ArgumentNullException.ThrowIfNull(searchFunctions);
        IndexFunctions = [.. indexFunctions];
        SearchFunctions = [.. searchFunctions];
    }

    /// <summary>What <c>lunr(function () { ... })</c> sets up: trimmer, stop word filter and
    /// stemmer for documents; the stemmer alone for queries.</summary>
    public static LunrPipeline Default { get; } = new(
        [LunrPipelineFunctions.Trimmer, LunrPipelineFunctions.StopWordFilter, LunrPipelineFunctions.Stemmer],
        [LunrPipelineFunctions.Stemmer]);

    /// <summary>lunr's pipeline with Chinese made searchable: CJK runs split into bigrams before a
    /// trimmer that keeps ideographs. Queries get the same split, so the browser must register
    /// <c>cjkBigrams</c> (theme/assets/search/lunr-cjk.js) before <c>lunr.Index.load</c>.</summary>
    public static LunrPipeline CjkBigrams { get; } = new(
        [LunrPipelineFunctions.CjkBigrams, LunrPipelineFunctions.CjkTrimmer, LunrPipelineFunctions.StopWordFilter, LunrPipelineFunctions.Stemmer],
        [LunrPipelineFunctions.CjkBigrams, LunrPipelineFunctions.Stemmer]);

    public IReadOnlyList<ILunrPipelineFunction> IndexFunctions { get; }

    public IReadOnlyList<ILunrPipelineFunction> SearchFunctions { get; }

    /// <summary>Runs one token through the index functions, as lunr.Pipeline.run does for a list:
    /// each function maps every token to zero or more tokens, in order.</summary>
    internal List<LunrPipelineToken> Run(LunrPipelineToken token)
    {
        var tokens = new List<LunrPipelineToken> { token };
        foreach (ILunrPipelineFunction function in IndexFunctions)
        {
            var next = new List<LunrPipelineToken>(tokens.Count);
            foreach (LunrPipelineToken current in tokens)
            {
                function.Run(current, next);
            }
            tokens = next;
        }
        return tokens;
    }
}
