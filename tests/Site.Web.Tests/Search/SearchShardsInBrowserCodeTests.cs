using System.Text.Json;
using Site.Web.Markdown;
using Site.Web.Search;

namespace Site.Web.Tests.Search;

/// <summary>
/// A site's search split into shards, written by <see cref="SearchIndexSession"/> and searched by
/// the browser's own scripts (theme/assets/search) with lunr.js 2.3.9 in node: each shard names
/// its pages by their position in it, and results from every shard come back as the pages' URLs.
/// </summary>
public sealed class SearchShardsInBrowserCodeTests : IDisposable
{
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    private readonly string _folder = Directory.CreateTempSubdirectory("search-shards-").FullName;

    // Five pages, two to a shard: three shards, each with a page at position 0.
    private static readonly string[] Words = ["kafka", "etcd", "envoy", "istio", "calico"];

    public SearchShardsInBrowserCodeTests()
    {
        var session = new SearchIndexSession(new SearchIndexOptions { PagesPerShard = 2 });
        var entries = Words.Select((word, i) => session.Analyze(new SearchPage(
            UrlOf(i), $"Page about {word}", "en", "Features", null, $"{word} storage",
            [new TextSection(null, string.Empty, $"The {word} plugin keeps its storage volume.")]))).ToList();
        foreach (var (path, content) in session.Write(entries))
        {
            File.WriteAllBytes(Path.Combine(_folder, Path.GetFileName(path)), content.ToArray());
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_word_of_one_page_finds_that_page_whichever_shard_holds_it()
    {
        var results = Search([.. Words]);

        for (var i = 0; i < Words.Length; i++)
        {
            var hit = Assert.Single(results[i].Hits);
            Assert.Equal(UrlOf(i), hit.Url);
            Assert.Equal(hit.Url, hit.Ref);
        }
    }

    [Fact]
    public void A_word_of_every_page_finds_every_page_once_across_the_shards()
    {
        var result = Assert.Single(Search("storage"));

        Assert.True(result.Complete);
        Assert.Equal(Words.Select((_, i) => UrlOf(i)).Order(), result.Hits.Select(hit => hit.Url).Order());
    }

    [Fact]
    public void Index_files_name_pages_by_their_position_and_documents_list_them_in_that_order()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder, "manifest.json")));
        var shards = manifest.RootElement.GetProperty("shards").EnumerateArray().ToList();
        Assert.Equal(3, shards.Count);
        var urls = new List<string>();
        foreach (var shard in shards)
        {
            // "index-1.json?v=0123456789": both files of a shard under one version.
            var (indexFile, indexVersion) = Split(shard.GetProperty("index").GetString()!);
            var (documentsFile, documentsVersion) = Split(shard.GetProperty("documents").GetString()!);
            Assert.Matches("^[0-9a-f]{10}$", indexVersion);
            Assert.Equal(indexVersion, documentsVersion);
            using var index = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder, indexFile)));
            using var documents = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder, documentsFile)));
            var pages = shard.GetProperty("pages").GetInt32();
            Assert.Equal(pages, documents.RootElement.GetArrayLength());
            var refs = index.RootElement.GetProperty("fieldVectors").EnumerateArray()
                .Select(vector => vector[0].GetString()!.Split('/', 2)[1]).Distinct().ToList();
            Assert.Equal(Enumerable.Range(0, pages).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), refs);
            urls.AddRange(documents.RootElement.EnumerateArray().Select(document => document.GetProperty("url").GetString()!));
        }

        Assert.Equal(Words.Select((_, i) => UrlOf(i)), urls);
    }

    // A feature-like address, long as real ones are, so a ref that were the URL would show.
    private static string UrlOf(int page) => $"/features/page-{page + 1}-{Words[page]}/";

    private static (string File, string Version) Split(string address)
    {
        var parts = address.Split("?v=");
        Assert.Equal(2, parts.Length);
        return (parts[0], parts[1]);
    }

    private List<QueryResult> Search(params string[] queries)
    {
        var output = NodeScripts.Run("search-shards.js", [_folder, .. queries]);
        return JsonSerializer.Deserialize<List<QueryResult>>(output, WebJson)!;
    }

    private sealed record QueryResult(string Query, bool Complete, List<Hit> Hits);

    private sealed record Hit(string Ref, string Url, double Score);
}
