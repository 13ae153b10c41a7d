using System.Text.Json;
using Site.Web.Search.Lunr;

namespace Site.Web.Tests.Search;

/// <summary>lunr.js's own stemmer test vectors (test/fixtures/stemming_vocab.json), every one.</summary>
public sealed class LunrStemmerVocabularyTests
{
    [Fact]
    public void Stems_every_word_of_lunrs_vocabulary_as_lunr_does()
    {
        string path = Path.Combine(NodeScripts.LunrFolder, "test", "fixtures", "stemming_vocab.json");
        using JsonDocument vocabulary = JsonDocument.Parse(File.ReadAllText(path));
        var wrong = new List<string>();
        int count = 0;
        foreach (JsonProperty entry in vocabulary.RootElement.EnumerateObject())
        {
            count++;
            string stem = LunrStemmer.Stem(entry.Name);
            if (stem != entry.Value.GetString())
            {
                wrong.Add($"{entry.Name}: lunr {entry.Value.GetString()}, ours {stem}");
            }
        }
        Assert.Equal(80, count);
        Assert.Empty(wrong);
    }
}
