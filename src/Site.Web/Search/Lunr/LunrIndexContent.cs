namespace Site.Web.Search.Lunr;

/// <summary>Everything a built index holds, in the orders lunr.js would hold it.</summary>
internal sealed class LunrIndexContent(LunrField[] fields, string[] metadataKeys, string[] searchPipelineLabels)
{
    /// <summary>In JavaScript key order (see <see cref="JsPropertyOrder"/>), as Object.keys gives them.</summary>
    public LunrField[] Fields { get; } = fields;

    /// <summary>The whitelisted metadata keys, in JavaScript key order.</summary>
    public string[] MetadataKeys { get; } = metadataKeys;

    public string[] SearchPipelineLabels { get; } = searchPipelineLabels;

    /// <summary>In the order they were added.</summary>
    public List<LunrIndexedDocument> Documents { get; } = [];

    /// <summary>Indexed by term number (lunr's <c>_index</c>).</summary>
    public List<LunrIndexedTerm> Terms { get; } = [];

    /// <summary>Per field (in <see cref="Fields"/> order), the sum of the field lengths of all documents.</summary>
    public long[] FieldLengthSums { get; } = new long[fields.Length];
}
