using System.Text.Json;

namespace Site.Web.Tests.Search;

/// <summary>
/// Every test case built twice, by our writer and by lunr.js 2.3.9, with one node run for all of
/// them: node builds lunr's index, loads ours with lunr.Index.load, and runs each case's queries
/// on both. The expected side always comes from lunr.js.
/// </summary>
public sealed class LunrReference : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lunr-reference-").FullName;

    public LunrReference()
    {
        Cases = [.. TrickyCases.All(), .. GeneratedCorpus.All(), ChinesePages.Case()];
        var input = new AsciiJson().Raw("{\"cases\":");
        input.Array(Cases, (json, testCase) =>
        {
            string ourPath = Path.Combine(_folder, testCase.Name + ".json");
            byte[] ours = testCase.WriteOurIndex();
            File.WriteAllBytes(ourPath, ours);
            OurIndexes[testCase.Name] = ours;
            testCase.WriteAsJson(json, ourPath);
        });
        input.Raw("}");
        string inputPath = Path.Combine(_folder, "cases.json");
        File.WriteAllText(inputPath, input.ToString());
        using JsonDocument report = JsonDocument.Parse(NodeScripts.Run("build-index.js", inputPath));
        foreach (JsonElement result in report.RootElement.GetProperty("cases").EnumerateArray())
        {
            Results[result.GetProperty("name").GetString()!] = new CaseResult(
                result.GetProperty("index").GetString()!,
                [.. result.GetProperty("searches").EnumerateArray().Select(search => new SearchResult(
                    search.GetProperty("query").GetRawText(),
                    search.GetProperty("mode").GetString()!,
                    search.GetProperty("lunr").GetRawText(),
                    search.GetProperty("ours").GetRawText()))]);
        }
    }

    internal IReadOnlyList<LunrTestCase> Cases { get; }

    internal Dictionary<string, byte[]> OurIndexes { get; } = [];

    internal Dictionary<string, CaseResult> Results { get; } = [];

    public static TheoryData<string> CaseNames()
    {
        var names = new TheoryData<string>();
        foreach (LunrTestCase testCase in TrickyCases.All().Concat(GeneratedCorpus.All()).Append(ChinesePages.Case()))
        {
            names.Add(testCase.Name);
        }
        return names;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    internal sealed record CaseResult(string LunrIndex, IReadOnlyList<SearchResult> Searches);

    /// <summary>One query in one mode; <see cref="Query"/>, <see cref="Lunr"/> and
    /// <see cref="Ours"/> are raw JSON (results as [{"ref","score"}] or {"error"}).</summary>
    internal sealed record SearchResult(string Query, string Mode, string Lunr, string Ours);
}

[CollectionDefinition(Name)]
public sealed class LunrReferenceGroup : ICollectionFixture<LunrReference>
{
    public const string Name = "lunr.js reference";
}
