using System.Text.RegularExpressions;

namespace Site.Web.Links.External;

/// <summary>
/// The site's exclude list. Entries are .NET regular expressions, matched unanchored and
/// case-insensitively against the URL without fragment, the convention of lychee and htmltest,
/// so an entry like <c>^https://twitter\.com/</c> or just <c>linkedin\.com</c> works as
/// people expect from those tools.
/// </summary>
internal sealed class ExternalLinkExclusions
{
    // A pathological pattern must not stall the check; a second per URL is far beyond any sane one.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private readonly IReadOnlyList<Regex> _patterns;

    public ExternalLinkExclusions(IEnumerable<string> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        _patterns = patterns.Select(Compile).ToList();
    }

    /// <summary>The first pattern that matches <paramref name="url"/>, or null.</summary>
    public string? FindMatch(string url)
        => _patterns.FirstOrDefault(pattern => pattern.IsMatch(url))?.ToString();

    private static Regex Compile(string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"external link exclude pattern '{pattern}' is not a valid regular expression: {e.Message}", nameof(pattern), e);
        }
    }
}
