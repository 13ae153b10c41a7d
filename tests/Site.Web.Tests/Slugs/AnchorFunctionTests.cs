using System.Text.Json;
using Site.Web.Slugs;
using Site.Web.Tests.Support;

namespace Site.Web.Tests.Slugs;

/// <summary>Our anchors against doctoc's anchor function itself, on fixed and random texts.</summary>
public sealed class AnchorFunctionTests
{
    [Theory]
    [InlineData("Feature & Design", "feature--design")]
    [InlineData("v1.18, 03/25/2020", "v118-03252020")]
    [InlineData("重点主题", "重点主题")]
    [InlineData("Emoji 🚀 launch", "emoji--launch")]
    [InlineData("  Trimmed\t", "trimmed")]
    public void Examples_of_the_spec(string text, string id)
        => Assert.Equal(id, GitHubSlug.Slugify(text));

    [Fact]
    public void Repeats_get_a_number()
    {
        var slugger = new HeadingSlugger();
        Assert.Equal(["usage", "usage-1", "usage-2"], new[] { "Usage", "Usage", "Usage" }.Select(t => slugger.Next(t).Id));
    }

    [Fact]
    public void Cjk_is_percent_encoded_in_the_href()
        => Assert.Equal("#%E9%87%8D%E7%82%B9%E4%B8%BB%E9%A2%98", HeadingSlugger.Anchor("重点主题").Href);

    [Fact]
    public void Matches_doctoc_anchor_function_on_random_texts()
    {
        var random = new Random(20240611);
        var cases = new List<(string Text, int Repetition)>();
        for (var i = 0; i < 600; i++)
        {
            var text = TrickyText.Next(random, 8);
            if (random.Next(5) == 0)
            {
                text += random.Next(2) == 0 ? "\n" + TrickyText.Next(random, 3) : "\r\n---";
            }

            cases.Add((text, random.Next(4) == 0 ? random.Next(1, 4) : 0));
        }

        var input = JsonSerializer.Serialize(cases.Select(c => new object[] { c.Text, c.Repetition }));
        var expected = JsonSerializer.Deserialize<string[]>(Node.RunScript("anchors.js", input))!;

        for (var i = 0; i < cases.Count; i++)
        {
            var actual = HeadingSlugger.Anchor(cases[i].Text, cases[i].Repetition).ToMarkdownLink();
            Assert.True(expected[i] == actual,
                $"case {i} {JsonSerializer.Serialize(cases[i].Text)} rep {cases[i].Repetition}:\n doctoc {JsonSerializer.Serialize(expected[i])}\n ours   {JsonSerializer.Serialize(actual)}");
        }
    }
}
