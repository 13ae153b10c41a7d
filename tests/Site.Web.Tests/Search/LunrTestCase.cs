using Site.Web.Search.Lunr;

namespace Site.Web.Tests.Search;

/// <summary>A document of a test case. A field absent from <see cref="Values"/> is undefined in
/// JavaScript; a present one holds a string, a string?[] or null.</summary>
internal sealed record LunrTestDocument(string Ref, IReadOnlyDictionary<string, object?> Values, double? Boost = null);

/// <summary>One index to build with both lunr.js and our writer, and the queries to run on both.</summary>
internal sealed record LunrTestCase(
    string Name,
    bool Cjk,
    IReadOnlyList<LunrField> Fields,
    IReadOnlyList<LunrTestDocument> Documents,
    IReadOnlyList<string> Queries,
    IReadOnlyList<string>? MetadataWhitelist = null)
{
    /// <summary>Builds our index, analyzing the documents in parallel as the site does.</summary>
    public byte[] WriteOurIndex()
    {
        var builder = new LunrIndexBuilder(Fields, Cjk ? LunrPipeline.CjkBigrams : LunrPipeline.Default, MetadataWhitelist);
        LunrAnalyzedDocument[] analyzed = [.. Documents.AsParallel().AsOrdered()
            .Select(document => builder.Analyze(document.Ref, ValuesOf(document), document.Boost ?? 1))];
        foreach (LunrAnalyzedDocument document in analyzed)
        {
            builder.Add(document);
        }
        using var output = new MemoryStream();
        builder.WriteJson(output);
        return output.ToArray();
    }

    public void WriteAsJson(AsciiJson json, string ourIndexPath)
    {
        json.Raw("{\"name\":").String(Name)
            .Raw(",\"pipeline\":").String(Cjk ? "cjk" : "default")
            .Raw(",\"fields\":").Array(Fields, (j, field) => j.Raw("{\"name\":").String(field.Name).Raw(",\"boost\":").Number(field.Boost).Raw("}"))
            .Raw(",\"metadataWhitelist\":").Array(MetadataWhitelist ?? [], (j, key) => j.String(key))
            .Raw(",\"documents\":").Array(Documents, WriteDocument)
            .Raw(",\"queries\":").Array(Queries, (j, query) => j.String(query))
            .Raw(",\"ours\":").String(ourIndexPath)
            .Raw("}");
    }

    private LunrFieldValue[] ValuesOf(LunrTestDocument document) =>
        [.. Fields.Select(field => document.Values.GetValueOrDefault(field.Name) switch
        {
            string text => LunrFieldValue.FromString(text),
            string?[] items => LunrFieldValue.FromItems(items),
            null => LunrFieldValue.Missing,
            var other => throw new InvalidOperationException($"Unsupported field value {other}"),
        })];

    private static void WriteDocument(AsciiJson json, LunrTestDocument document)
    {
        json.Raw("{\"ref\":").String(document.Ref);
        if (document.Boost is { } boost)
        {
            json.Raw(",\"boost\":").Number(boost);
        }
        json.Raw(",\"values\":{");
        bool first = true;
        foreach ((string field, object? value) in document.Values)
        {
            json.Raw(first ? "" : ",").String(field).Raw(":");
            first = false;
            switch (value)
            {
                case string?[] items:
                    json.Array(items, (j, item) => j.String(item));
                    break;
                default:
                    json.String((string?)value);
                    break;
            }
        }
        json.Raw("}}");
    }
}
