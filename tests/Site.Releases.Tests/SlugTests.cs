using System.Text;
using Site.Releases.Merging;

namespace Site.Releases.Tests;

public sealed class SlugTests
{
    [Theory]
    [InlineData("API Machinery", "api-machinery")]
    [InlineData("  SIG-Node  ", "sig-node")]
    [InlineData("kubectl diff (server-side)", "kubectl-diff-server-side")]
    [InlineData("安全性", "")]
    [InlineData("--", "")]
    [InlineData("IPv6/IPv4 dual-stack", "ipv6-ipv4-dual-stack")]
    public void Letters_and_digits_stay_everything_else_becomes_one_hyphen(string text, string expected)
        => Assert.Equal(expected, SigRegistry.Slug(text));

    [Fact]
    public void Slugs_are_what_the_builder_version_made_on_generated_names()
    {
        // The loop replaced a StringBuilder over text.Trim().ToLowerInvariant() for speed; on names
        // made of these pieces (long ones past the stack buffer too) both must agree.
        string[] pieces = ["a", "Z", "9", " ", "  ", "-", "_", ".", "é", "\u212A", "İ", "安全", "\t", "Dual-Stack", "(x)", new string('w', 300)];
        var random = new Random(11);
        for (var i = 0; i < 20000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 8)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.Equal(BuilderSlug(text), SigRegistry.Slug(text));
        }
    }

    private static string BuilderSlug(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().Trim('-');
    }
}
