using System.Text.RegularExpressions;
using Site.Releases.Model;

namespace Site.Releases.Extraction;

/// <summary>
/// Finds release numbers used as references in prose: "v1.7", "V1.7", "1.7.x", "release-1.6",
/// and the product name followed by a number ("Kubernetes 1.7", "Kubernetes1.7"). A bare "1.0"
/// is not a release reference ("containerd 1.0"); product-prefixed mentions are the strongest.
/// </summary>
public sealed class VersionMentions
{
    private readonly Regex _pattern;

    public VersionMentions(IEnumerable<string> productNames)
    {
        var products = string.Join('|', productNames.Where(p => p.Length > 0).Select(Regex.Escape));
        var productPrefix = products.Length == 0 ? string.Empty : $"(?<product>(?:{products})\\s?v?)|";
        _pattern = new Regex(
            $"(?<![A-Za-z0-9.\\-/])(?:{productPrefix}(?<release>release-?\\s?v?)|(?<v>[vV]))(?<major>\\d{{1,2}})\\.(?<minor>\\d{{1,3}})(?:\\.(?:\\d+|x))?(?![A-Za-z0-9]|\\.\\d)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    public enum Strength
    {
        VersionPrefix,
        ProductPrefix,
    }

    public sealed record Mention(ReleaseVersion Version, int Index, int Length, Strength Strength);

    public IEnumerable<Mention> Find(string text)
    {
        foreach (Match match in _pattern.Matches(text))
        {
            var version = new ReleaseVersion(int.Parse(match.Groups["major"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(match.Groups["minor"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture));
            // "release-1.6" is usually a branch or path name, so only the product name is a strong signal.
            var strength = match.Groups["product"].Success ? Strength.ProductPrefix : Strength.VersionPrefix;
            yield return new Mention(version, match.Index, match.Length, strength);
        }
    }

    /// <summary>The release a text is about: its first product-prefixed mention, else its first "v1.x" mention.</summary>
    public ReleaseVersion? Primary(string text)
    {
        Mention? first = null;
        foreach (var mention in Find(text))
        {
            if (mention.Strength == Strength.ProductPrefix)
            {
                return mention.Version;
            }

            first ??= mention;
        }

        return first?.Version;
    }
}
