using System.Text;

namespace Site.Web.Tests.Search;

[Collection(LunrReferenceGroup.Name)]
public sealed class LunrIndexMatchesLunrJsTests(LunrReference reference)
{
    [Theory]
    [MemberData(nameof(LunrReference.CaseNames), MemberType = typeof(LunrReference))]
    public void Index_json_is_byte_identical_to_lunr_js(string caseName)
    {
        byte[] expected = Encoding.UTF8.GetBytes(reference.Results[caseName].LunrIndex);
        byte[] actual = reference.OurIndexes[caseName];
        int difference = FirstDifference(expected, actual);
        Assert.True(difference < 0, $"""
            {caseName}: our index ({actual.Length} bytes) differs from lunr.js's ({expected.Length} bytes) at byte {difference}.
            lunr.js: ...{Excerpt(expected, difference)}...
            ours:    ...{Excerpt(actual, difference)}...
            """);
    }

    [Theory]
    [MemberData(nameof(LunrReference.CaseNames), MemberType = typeof(LunrReference))]
    public void Our_index_loads_in_lunr_js_and_finds_what_lunr_js_finds(string caseName)
    {
        IReadOnlyList<LunrReference.SearchResult> searches = reference.Results[caseName].Searches;
        Assert.NotEmpty(searches);
        foreach (LunrReference.SearchResult search in searches)
        {
            Assert.True(search.Lunr == search.Ours, $"""
                {caseName}: {search.Mode} {search.Query}
                lunr.js index: {search.Lunr}
                our index:     {search.Ours}
                """);
        }
    }

    [Fact]
    public void The_queries_find_something_so_that_comparing_results_means_something()
    {
        int withResults = reference.Results.Values.SelectMany(result => result.Searches).Count(search => search.Lunr.StartsWith("[{", StringComparison.Ordinal));
        Assert.True(withResults > 200, $"only {withResults} searches found anything");
    }

    private static int FirstDifference(byte[] expected, byte[] actual)
    {
        int common = Math.Min(expected.Length, actual.Length);
        for (int i = 0; i < common; i++)
        {
            if (expected[i] != actual[i])
            {
                return i;
            }
        }
        return expected.Length == actual.Length ? -1 : common;
    }

    private static string Excerpt(byte[] bytes, int at)
    {
        int start = Math.Max(0, at - 120);
        int end = Math.Min(bytes.Length, at + 120);
        return Encoding.UTF8.GetString(bytes, start, end - start);
    }
}
