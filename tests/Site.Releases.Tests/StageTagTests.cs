using System.Text;
using System.Text.RegularExpressions;
using Site.Releases.Extraction;
using Site.Releases.Model;

namespace Site.Releases.Tests;

/// <summary>
/// A release-notes item's leading "[beta]" tag is read by hand from the item's text. It must accept
/// exactly what the pattern it replaced accepted (the pattern is the oracle here), white space after
/// the tag included.
/// </summary>
public sealed partial class StageTagTests
{
    [GeneratedRegex(@"^\[(?<stage>alpha|beta|stable|ga|deprecated)\]\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FormerPattern();

    [Theory]
    [InlineData("[alpha] Volume health", Stage.Alpha)]
    [InlineData("[Beta]DaemonSet history", Stage.Beta)]
    [InlineData("[STABLE]", Stage.Stable)]
    [InlineData("[ga] \u00a0\u2003\u0085\t name", Stage.Stable)]
    [InlineData("[GA]x", Stage.Stable)]
    [InlineData("[deprecated]   the flag", Stage.Deprecated)]
    [InlineData("[DePrEcAtEd]", Stage.Deprecated)]
    public void A_tag_is_read_with_the_white_space_after_it(string text, Stage stage)
    {
        var length = StageTaggedItemReader.StageTagLength(new StringBuilder(text), out var read);

        Assert.Equal(stage, read);
        Assert.Equal(FormerPattern().Match(text).Length, length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[")]
    [InlineData("[]")]
    [InlineData("[gamma] name")]
    [InlineData("[alpha name")]
    [InlineData("alpha] name")]
    [InlineData(" [alpha] leading space")]
    [InlineData("[alphas] name")]
    [InlineData("[general availability] name")]
    [InlineData("[deprecated-ish] name")]
    [InlineData("[ beta] name")]
    public void Anything_else_is_no_tag(string text)
    {
        Assert.DoesNotMatch(FormerPattern(), text);
        Assert.Equal(0, StageTaggedItemReader.StageTagLength(new StringBuilder(text), out _));
    }
}
