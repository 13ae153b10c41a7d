using Site.Web.Text;

namespace Site.Web.Tests.Text;

public sealed class FingerprintTests
{
    [Fact]
    public void Equal_values_give_equal_fingerprints()
        => Assert.Equal(
            new Fingerprint().Add("héllo 世界 🚀").Add(42).Add(true).Add("x"u8).Value,
            new Fingerprint().Add("héllo 世界 🚀").Add(42).Add(true).Add("x"u8).Value);

    [Theory]
    [InlineData("ab", "c", "a", "bc")]
    [InlineData("", "abcd", "abcd", "")]
    [InlineData("abcdefgh", "", "abcd", "efgh")]
    public void Where_one_text_ends_and_the_next_begins_matters(string a1, string a2, string b1, string b2)
        => Assert.NotEqual(new Fingerprint().Add(a1).Add(a2).Value, new Fingerprint().Add(b1).Add(b2).Value);

    [Fact]
    public void Null_empty_and_order_are_told_apart()
    {
        Assert.NotEqual(new Fingerprint().Add((string?)null).Value, new Fingerprint().Add(string.Empty).Value);
        Assert.NotEqual(new Fingerprint().Add(1).Add(2).Value, new Fingerprint().Add(2).Add(1).Value);
    }

    [Fact]
    public void Every_single_character_change_of_a_long_text_changes_the_fingerprint()
    {
        var text = string.Concat(Enumerable.Range(0, 200).Select(i => (char)('a' + (i % 26))));
        var original = new Fingerprint().Add(text).Value;
        var seen = new HashSet<long> { original };
        for (var i = 0; i < text.Length; i++)
        {
            var changed = text[..i] + (char)(text[i] ^ 1) + text[(i + 1)..];
            Assert.True(seen.Add(new Fingerprint().Add(changed).Value), "collision at " + i);
        }
    }

    /// <summary>A file copied into the site is printed as one array by one output and as chunks of one array by the other: the two must agree.</summary>
    [Fact]
    public void One_array_as_chunks_prints_as_the_array()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(new string('x', 100_000) + "发布");
        Assert.Equal(new Fingerprint().Add(bytes).Value, new Fingerprint().Add(Site.Engine.Documents.ByteChunks.Of(bytes)).Value);
    }
}
