using Site.Web.Text;

namespace Site.Web.Tests.Text;

public sealed class InvariantCaseTests
{
    [Fact]
    public void Lowers_as_the_runtime_does_with_ascii_first_and_the_rest_after()
    {
        string[] pieces = ["Kubernetes", "API", "v1.7", " ", "-", "İstanbul", "ΣΟΦΙΑ", "Straße", "Café", "𐐀𐐁", "加密", "ǅ", "\u00A0", "Z", "@[`{"];
        var random = new Random(3);
        for (var i = 0; i < 5000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
            var expected = new char[text.Length];
            var actual = new char[text.Length];

            var expectedLength = text.AsSpan().ToLowerInvariant(expected);
            var actualLength = InvariantCase.ToLower(text, actual);

            Assert.Equal(new string(expected, 0, expectedLength), new string(actual, 0, actualLength));
        }
    }
}
