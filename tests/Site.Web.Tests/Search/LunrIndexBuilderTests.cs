using System.Text;
using Site.Web.Search.Lunr;

namespace Site.Web.Tests.Search;

/// <summary>The builder's contract beyond what lunr.js can be asked about.</summary>
public sealed class LunrIndexBuilderTests
{
    private static readonly LunrField[] Fields = [new("title", 10), new("body")];

    [Fact]
    public void Rejects_a_ref_added_twice()
    {
        var builder = new LunrIndexBuilder(Fields);
        builder.Add("/a/", ["Title", "body"]);
        Assert.Throws<ArgumentException>(() => builder.Add("/a/", ["Other", "text"]));
        Assert.Equal(1, builder.DocumentCount);
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("_index")]
    [InlineData("__proto__")]
    [InlineData("constructor")]
    public void Rejects_field_names_lunr_js_cannot_index(string name)
    {
        Assert.Throws<ArgumentException>(() => new LunrIndexBuilder([new LunrField(name)]));
    }

    [Fact]
    public void Rejects_a_field_declared_twice()
    {
        Assert.Throws<ArgumentException>(() => new LunrIndexBuilder([new LunrField("title"), new LunrField("title", 2)]));
    }

    [Fact]
    public void Rejects_a_document_with_the_wrong_number_of_field_values()
    {
        var builder = new LunrIndexBuilder(Fields);
        Assert.Throws<ArgumentException>(() => builder.Analyze("/a/", ["only one"]));
    }

    [Fact]
    public void Rejects_a_document_analyzed_by_another_builder()
    {
        LunrAnalyzedDocument document = new LunrIndexBuilder(Fields).Analyze("/a/", ["t", "b"]);
        Assert.Throws<ArgumentException>(() => new LunrIndexBuilder(Fields).Add(document));
    }

    [Fact]
    public void Counts_the_tokens_the_pipeline_keeps()
    {
        var builder = new LunrIndexBuilder(Fields);
        // "the" is a stop word; "&" trims to "" and is kept, as lunr keeps it.
        Assert.Equal(4, builder.Analyze("/a/", ["The kubectl", "diff & apply"]).TokenCount);
    }

    [Fact]
    public void Writes_the_same_bytes_whether_documents_are_analyzed_in_parallel_or_not()
    {
        string[] texts = [.. Enumerable.Range(0, 500).Select(i => $"page {i} kubectl diff {i % 7} 安全性提升 upgrades {i * 31 % 97}")];
        byte[] Build(bool parallel)
        {
            var builder = new LunrIndexBuilder(Fields, LunrPipeline.CjkBigrams);
            IEnumerable<int> numbers = Enumerable.Range(0, texts.Length);
            LunrAnalyzedDocument[] analyzed = parallel
                ? [.. numbers.AsParallel().AsOrdered().Select(i => builder.Analyze($"/p/{i}/", [$"Title {i}", texts[i]]))]
                : [.. numbers.Select(i => builder.Analyze($"/p/{i}/", [$"Title {i}", texts[i]]))];
            foreach (LunrAnalyzedDocument document in analyzed)
            {
                builder.Add(document);
            }
            using var output = new MemoryStream();
            builder.WriteJson(output);
            return output.ToArray();
        }
        Assert.Equal(Build(parallel: false), Build(parallel: true));
    }

    [Fact]
    public void Writes_utf8_without_a_byte_order_mark_and_names_the_search_pipeline()
    {
        var builder = new LunrIndexBuilder(Fields, LunrPipeline.CjkBigrams);
        builder.Add("/zh/", ["安全", LunrFieldValue.Missing]);
        using var output = new MemoryStream();
        builder.WriteJson(output);
        string json = Encoding.UTF8.GetString(output.ToArray());
        Assert.StartsWith("{\"version\":\"2.3.9\"", json, StringComparison.Ordinal);
        Assert.EndsWith(",\"pipeline\":[\"cjkBigrams\",\"stemmer\"]}", json, StringComparison.Ordinal);
    }
}
