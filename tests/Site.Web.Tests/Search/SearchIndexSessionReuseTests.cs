using System.Text;
using System.Text.Json;
using Site.Web.Markdown;
using Site.Web.Search;

namespace Site.Web.Tests.Search;

/// <summary>
/// The preview's search session writes again only the shards whose pages changed; what it hands
/// out must still be byte for byte what a fresh session writes for the same pages.
/// </summary>
public sealed class SearchIndexSessionReuseTests
{
    private static readonly SearchIndexOptions TwoPagesPerShard = new() { PagesPerShard = 2 };

    private static SearchPage Page(int number, string body)
        => new($"/p{number}/", $"Page {number}", "en", "releases", null, body, [new TextSection(null, string.Empty, body)]);

    private static List<SearchPage> Pages() => [.. Enumerable.Range(1, 4).Select(i => Page(i, $"storage volume number {i}"))];

    [Fact]
    public void Only_the_shard_of_a_changed_page_is_written_again_and_the_files_equal_a_fresh_session()
    {
        var session = new SearchIndexSession(TwoPagesPerShard) { ReuseShards = true };
        var entries = Pages().Select(session.Analyze).ToList();
        var first = session.Write(entries).ToDictionary(f => f.Path, f => f.Content);

        entries[3] = session.Analyze(Page(4, "network policy changed while previewing"));
        var second = session.Write(entries).ToDictionary(f => f.Path, f => f.Content);

        Assert.Same(first["search/index.json"], second["search/index.json"]);
        Assert.Same(first["search/documents.json"], second["search/documents.json"]);
        Assert.NotEqual(first["search/index-1.json"].ToArray(), second["search/index-1.json"].ToArray());
        Assert.Contains("previewing", Encoding.UTF8.GetString(second["search/documents-1.json"].ToArray()), StringComparison.Ordinal);

        var fresh = new SearchIndexSession(TwoPagesPerShard);
        var pages = Pages();
        pages[3] = Page(4, "network policy changed while previewing");
        var expected = fresh.Write(pages.Select(fresh.Analyze).ToList()).ToDictionary(f => f.Path, f => f.Content);
        Assert.Equal(expected.Keys.Order(), second.Keys.Order());
        Assert.All(expected, file => Assert.Equal(file.Value.ToArray(), second[file.Key].ToArray()));
    }

    [Fact]
    public void A_session_that_does_not_reuse_writes_every_shard_anew()
    {
        var session = new SearchIndexSession(TwoPagesPerShard);
        var entries = Pages().Select(session.Analyze).ToList();
        var first = session.Write(entries).ToDictionary(f => f.Path, f => f.Content);
        var second = session.Write(entries).ToDictionary(f => f.Path, f => f.Content);

        Assert.NotSame(first["search/index.json"], second["search/index.json"]);
        Assert.Equal(first["search/index.json"].ToArray(), second["search/index.json"].ToArray());
    }

    /// <summary>
    /// documents.json is encoded piece by piece; a surrogate pair (an emoji) split between two
    /// pieces must still come out as one valid UTF-8 character. Prefixes of both parities put a pair
    /// across every piece boundary inside the emoji run.
    /// </summary>
    [Theory]
    [InlineData("")]
    [InlineData("x")]
    public void Emoji_across_the_encoders_pieces_round_trip(string prefix)
    {
        var session = new SearchIndexSession(new SearchIndexOptions { SnippetLength = 100_000 });
        var summary = prefix + string.Concat(Enumerable.Repeat("🚀", 20_000));
        var entry = session.Analyze(new SearchPage("/rocket/", "Rocket", "en", "releases", null, summary, []));

        var bytes = SearchDocumentsJson.Write([entry]).ToArray();

        var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        using var json = JsonDocument.Parse(text);
        Assert.Equal(summary, json.RootElement[0].GetProperty("summary").GetString());
        Assert.Equal(Encoding.UTF8.GetByteCount(text), bytes.Length);
    }
}
