using System.Text;
using Site.Web.Tests.Support;
using Site.Web.Toc;

namespace Site.Web.Tests.Toc;

/// <summary>
/// A few hundred random headings (fixed seed) of tricky characters, some repeated, at random
/// levels, through the real doctoc and through ours: catches slug and text rules we missed.
/// </summary>
public sealed class RandomHeadingTests
{
    private const int HeadingCount = 400;

    [Theory]
    [InlineData(31337)]
    [InlineData(2718)]
    [InlineData(4242)]
    public void Toc_of_random_headings_matches_doctoc(int seed)
    {
        var random = new Random(seed);
        var document = new StringBuilder();
        var previous = new List<string>();
        for (var i = 0; i < HeadingCount; i++)
        {
            var text = previous.Count > 0 && random.Next(6) == 0
                ? previous[random.Next(previous.Count)]
                : TrickyText.Next(random, 6);
            previous.Add(text);
            document.Append('#', random.Next(1, 7)).Append(' ').Append(text).Append("\n\n");
        }

        using var temp = new TempDirectory();
        var path = temp.Combine("random.md");
        TestFiles.Write(path, document.ToString());
        Node.RunDoctoc(path, []);
        var expected = TestFiles.Read(path).Split('\n');

        var actual = DoctocUpdater.Update(document.ToString()).Content.Split('\n');

        for (var line = 0; line < Math.Min(expected.Length, actual.Length); line++)
        {
            Assert.True(expected[line] == actual[line],
                $"line {line + 1}:\n doctoc {TestFiles.Visible(expected[line])}\n ours   {TestFiles.Visible(actual[line])}");
        }

        Assert.Equal(expected.Length, actual.Length);
    }
}
