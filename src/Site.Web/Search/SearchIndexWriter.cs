using System.Text;
using Site.Web.Search.Lunr;

namespace Site.Web.Search;

/// <summary>
/// Writes the client-side search index: lunr 2.3.9 indexes (with the Chinese bigram pipeline, so
/// 安全 finds 安全性提升) and, beside each, the documents it refers to. One document per page:
/// title (boosted), section headings and body; the page's sections travel in the documents file
/// so a result can link straight to the section that matches and show a snippet from it.
/// Large sites are split into shards listed in manifest.json and loaded on demand.
/// </summary>
public static class SearchIndexWriter
{
    public const string Folder = "search";
    public const string ManifestFile = "manifest.json";

    private static readonly LunrField[] Fields = [new("title", 10), new("headings", 4), new("body", 1)];

    /// <summary>Files of the index: (path under the output folder, content).</summary>
    public static IEnumerable<(string Path, byte[] Content)> Write(IReadOnlyList<SearchPage> pages, SearchIndexOptions options)
    {
        var ordered = pages.OrderBy(p => p.Language, StringComparer.Ordinal).ThenBy(p => p.Url, StringComparer.Ordinal).ToList();
        var shards = ordered.Chunk(Math.Max(1, options.PagesPerShard)).ToList();
        var manifest = new List<(string Index, string Documents, int Count, string Languages)>();
        for (var i = 0; i < Math.Max(1, shards.Count); i++)
        {
            var shard = i < shards.Count ? shards[i] : [];
            var suffix = i == 0 ? string.Empty : "-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var indexName = "index" + suffix + ".json";
            var documentsName = "documents" + suffix + ".json";
            yield return (Folder + "/" + indexName, Index(shard, options));
            yield return (Folder + "/" + documentsName, SearchDocumentsJson.Write(shard, options));
            manifest.Add((indexName, documentsName, shard.Length, string.Join(',', shard.Select(p => p.Language).Distinct())));
        }

        yield return (Folder + "/" + ManifestFile, Manifest(manifest));
    }

    private static byte[] Index(IReadOnlyList<SearchPage> pages, SearchIndexOptions options)
    {
        var builder = new LunrIndexBuilder(Fields, LunrPipeline.CjkBigrams);
        var analyzed = pages.AsParallel().AsOrdered()
            .Select(page => builder.Analyze(page.Url, [page.Title, Headings(page), Body(page, options.MaxBodyWords)]))
            .ToList();
        foreach (var document in analyzed)
        {
            builder.Add(document);
        }

        using var buffer = new MemoryStream();
        builder.WriteJson(buffer);
        return buffer.ToArray();
    }

    private static string Headings(SearchPage page)
        => string.Join('\n', page.Sections.Select(s => s.Heading).Where(h => h.Length > 0 && h != page.Title));

    private static string Body(SearchPage page, int maxWords)
    {
        var text = new StringBuilder();
        var words = 0;
        foreach (var section in page.Sections)
        {
            foreach (var word in section.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (words++ >= maxWords)
                {
                    return text.ToString();
                }

                text.Append(word).Append(' ');
            }
        }

        return text.ToString();
    }

    private static byte[] Manifest(List<(string Index, string Documents, int Count, string Languages)> shards)
    {
        var json = new StringBuilder("{\"version\":1,\"shards\":[");
        for (var i = 0; i < shards.Count; i++)
        {
            json.Append(i == 0 ? string.Empty : ",").Append("{\"index\":").Append(JsonText.Quote(shards[i].Index))
                .Append(",\"documents\":").Append(JsonText.Quote(shards[i].Documents))
                .Append(",\"pages\":").Append(shards[i].Count.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Append(",\"languages\":").Append(JsonText.Quote(shards[i].Languages)).Append('}');
        }

        return Encoding.UTF8.GetBytes(json.Append("]}").ToString());
    }
}
