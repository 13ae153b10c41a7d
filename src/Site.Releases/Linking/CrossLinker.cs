using Site.Releases.Extraction;
using Site.Releases.Model;
using Site.Releases.Settings;
using Site.Web.Html;
using Site.Web.Text;

namespace Site.Releases.Linking;

/// <summary>
/// Links mentions of known features (their titles and aliases, code spans such as `kubectl diff`,
/// links to their tracking issues) and of releases ("v1.7", "Kubernetes 1.7") to their pages,
/// and reports what each page mentions.
/// </summary>
public sealed class CrossLinker
{
    /// <summary>Longer names are descriptions, not names anyone repeats word for word.</summary>
    private const int MaxTermWords = 6;
    private const int MinTermLength = 3;

    private readonly TermLinker<CrossLinkTarget> _linker;
    private readonly Dictionary<Feature, CrossLinkTarget> _byFeature = [];

    public CrossLinker(Model.Catalog catalog, ReleaseSettings settings, Func<string, string> pageHref, string featureLinkText)
    {
        var rules = new ReadingRules(settings);
        var trie = new TermTrie<CrossLinkTarget>();
        var byIssue = new Dictionary<int, CrossLinkTarget>();
        foreach (var release in catalog.Releases)
        {
            var target = CrossLinkTarget.For(release, release.Version.ToString());
            var number = release.Version.ToString()[1..];
            trie.Add(release.Version.ToString(), target, caseSensitive: false);
            foreach (var product in settings.ProductNames)
            {
                trie.Add(product + " " + number, target, caseSensitive: false);
                trie.Add(product + number, target, caseSensitive: false);
                trie.Add(product + " " + release.Version, target, caseSensitive: false);
            }
        }

        var fingerprint = new Site.Web.Text.Fingerprint();
        foreach (var release in catalog.Releases)
        {
            fingerprint.Add(release.Version.ToString());
        }

        foreach (var (term, feature) in FeatureTerms(catalog))
        {
            fingerprint.Add(term).Add(feature.Url).Add(feature.Title);
            var target = _byFeature.TryGetValue(feature, out var known) ? known : _byFeature[feature] = CrossLinkTarget.For(feature);
            trie.Add(term, target, caseSensitive: !term.Contains(' ', StringComparison.Ordinal) && term.Any(char.IsUpper));
        }

        foreach (var feature in catalog.Features.Where(f => f.Number is not null))
        {
            fingerprint.Add(feature.Number!.Value).Add(feature.Url);
            byIssue[feature.Number!.Value] = _byFeature.TryGetValue(feature, out var known) ? known : _byFeature[feature] = CrossLinkTarget.For(feature);
        }

        Fingerprint = fingerprint.Add(featureLinkText).Value;
        _linker = new TermLinker<CrossLinkTarget>(
            trie,
            target => pageHref(target.Url),
            target => target.Title,
            href => rules.IssueNumber(href) is { } n && byIssue.TryGetValue(n, out var t) ? t : null,
            featureLinkText);
    }

    /// <summary>Every term and target: equal fingerprints link any text the same way.</summary>
    public long Fingerprint { get; }

    public string Link(string html, out PageMentions mentions, Feature? self = null)
    {
        var output = new System.Text.StringBuilder(html.Length + (html.Length / 16));
        Link(html, output, out mentions, self);
        return output.ToString();
    }

    /// <summary>Writes the linked HTML into <paramref name="output"/>, which a caller may reuse page after page.</summary>
    public void Link(ReadOnlySpan<char> html, System.Text.StringBuilder output, out PageMentions mentions, Feature? self = null)
    {
        var found = new HashSet<CrossLinkTarget>(ReferenceEqualityComparer.Instance);
        _linker.Link(html, output, found, self is not null && _byFeature.TryGetValue(self, out var own) ? own : null);
        mentions = new PageMentions(
            found.Where(t => t.Feature is not null).Select(t => t.Feature!.Id).Order(StringComparer.Ordinal).ToList(),
            found.Where(t => t.Release is not null).Select(t => t.Release!.Value).Order().ToList());
    }

    /// <summary>
    /// Names worth linking: a feature's title and aliases of at most six words. A name two features
    /// share links to neither, since a reader could not tell which is meant.
    /// </summary>
    private static IEnumerable<(string Term, Feature Feature)> FeatureTerms(Model.Catalog catalog)
    {
        var candidates = catalog.Features
            .SelectMany(f => f.Aliases.Prepend(f.Title).Select(name => (Term: WhiteSpace.Collapse(name).TrimEnd('…'), Feature: f)))
            .Where(c => c.Term.Length >= MinTermLength && c.Term.Split(' ').Length <= MaxTermWords)
            .ToList();
        var owners = candidates.GroupBy(c => c.Term.ToLowerInvariant())
            .Where(g => g.Select(c => c.Feature).Distinct().Count() == 1)
            .Select(g => g.First());
        return owners.OrderBy(c => c.Term, StringComparer.Ordinal);
    }
}
