using System.Text.Json;

namespace Site.Web.Tests.Search;

/// <summary>Our Chinese-aware index, loaded by lunr.js in node and searched with lunr-cjk.js the
/// way the browser does: Chinese queries find the Chinese pages, English ones the English pages.</summary>
[Collection(LunrReferenceGroup.Name)]
public sealed class ChineseSearchTests(LunrReference reference)
{
    [Theory]
    [InlineData("安全")]
    [InlineData("安全性")]
    [InlineData("存储")]
    public void Chinese_queries_find_the_chinese_pages_first(string query)
    {
        string[] found = OurResults(query, "cjk");
        Assert.NotEmpty(found);
        Assert.Contains(found[0], ChinesePages.ChineseRefs);
        Assert.All(found, reference => Assert.Contains(reference, ChinesePages.ChineseRefs));
    }

    [Fact]
    public void A_chinese_query_finds_every_page_that_contains_it()
    {
        Assert.Equal(ChinesePages.ChineseRefs.Order(), OurResults("存储", "cjk").Order());
    }

    [Theory]
    [InlineData("安全")]
    [InlineData("安全性")]
    public void Plain_lunr_search_finds_the_chinese_page_too(string query)
    {
        Assert.Equal("/zh/release-1.7/", OurResults(query, "search")[0]);
    }

    [Theory]
    [InlineData("kubectl diff", "/kubectl/")]
    [InlineData("StatefulSet", "/statefulset/")]
    public void English_queries_find_the_english_pages(string query, string expectedFirst)
    {
        string[] found = OurResults(query, "cjk");
        Assert.NotEmpty(found);
        Assert.Equal(expectedFirst, found[0]);
    }

    private string[] OurResults(string query, string mode)
    {
        LunrReference.SearchResult search = reference.Results[ChinesePages.Case().Name].Searches
            .Single(search => search.Mode == mode && JsonSerializer.Deserialize<string>(search.Query) == query);
        using JsonDocument results = JsonDocument.Parse(search.Ours);
        Assert.Equal(JsonValueKind.Array, results.RootElement.ValueKind);
        return [.. results.RootElement.EnumerateArray().Select(result => result.GetProperty("ref").GetString()!)];
    }
}
