namespace Site.Web.Search.Lunr;

/// <summary>
/// A document tokenized and counted by <see cref="LunrIndexBuilder.Analyze"/>, ready to be merged
/// into the index by <see cref="LunrIndexBuilder.Add(LunrAnalyzedDocument)"/>.
/// </summary>
public sealed class LunrAnalyzedDocument
{
    internal LunrAnalyzedDocument(LunrIndexBuilder builder, string reference, double boost, LunrFieldTerms[] fields)
    {
        Builder = builder;
        Reference = reference;
        Boost = boost;
        Fields = fields;
    }

    public string Reference { get; }

    /// <summary>The same analyzed fields under another ref (a page's number in its shard, say).</summary>
    public LunrAnalyzedDocument WithReference(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return new LunrAnalyzedDocument(Builder, reference, Boost, Fields);
    }

    public double Boost { get; }

    internal LunrIndexBuilder Builder { get; }

    /// <summary>In the builder's field declaration order.</summary>
    internal LunrFieldTerms[] Fields { get; }

    /// <summary>Number of tokens the pipeline produced, over all fields.</summary>
    public int TokenCount => Fields.Sum(terms => terms.Length);
}
