using Site.Releases.Model;

namespace Site.Releases.Merging;

/// <summary>
/// Pairs a release's pages in other languages with the site-language page they translate, for
/// hreflang alternates and language switch links. A translation shares its external link targets
/// and its English technical terms with its original; the same kind of document only breaks
/// ties. Greedy, best pair first.
/// </summary>
public static class TranslationPairing
{
    private const double SameKindBonus = 0.02;
    private const double MinimumScore = 0.05;

    /// <summary>What pairing reads of a document.</summary>
    public sealed record Candidate(string SourcePath, ReleaseVersion? Release, string Language, DocumentKind Kind, long[] LinkTargets, long[] LatinWords);

    /// <summary>Links each paired translation and original through their <see cref="SourceDocument.Translations"/>.</summary>
    public static void Pair(IReadOnlyList<(SourceDocument Document, DocumentFacts Facts)> documents, string siteLanguage)
    {
        var byPath = documents.ToDictionary(d => d.Document.SourcePath, d => d.Document, StringComparer.Ordinal);
        var candidates = documents
            .Select(d => new Candidate(d.Document.SourcePath, d.Document.Release, d.Document.Language, d.Document.Kind, d.Facts.LinkTargets, d.Facts.LatinWords))
            .ToList();
        foreach (var (translationPath, originalPath) in Match(candidates, siteLanguage))
        {
            var translation = byPath[translationPath];
            var original = byPath[originalPath];
            original.Translations = new Dictionary<string, SourceDocument>(original.Translations) { [translation.Language] = translation };
            translation.Translations = new Dictionary<string, SourceDocument>(translation.Translations) { [original.Language] = original };
        }
    }

    /// <summary>
    /// Which translation translates which original (source paths), in a deterministic order: the
    /// whole outcome of pairing, so a build cache can tell whether an edit changed it.
    /// </summary>
    public static IReadOnlyList<(string Translation, string Original)> Match(IReadOnlyList<Candidate> documents, string siteLanguage)
    {
        var pairs = new List<(string Translation, string Original)>();
        foreach (var release in documents.Where(d => d.Release is not null).GroupBy(d => d.Release).OrderBy(g => g.Key))
        {
            var originals = release.Where(d => d.Language == siteLanguage).ToList();
            var translations = release.Where(d => d.Language != siteLanguage).ToList();
            var candidates = (from t in translations
                              from o in originals
                              let score = Overlap(t.LinkTargets, o.LinkTargets) + Overlap(t.LatinWords, o.LatinWords)
                                          + (t.Kind == o.Kind ? SameKindBonus : 0)
                              where score >= MinimumScore
                              orderby score descending, t.SourcePath, o.SourcePath
                              select (Translation: t, Original: o)).ToList();
            var paired = new HashSet<string>(StringComparer.Ordinal);
            var originalLanguages = new HashSet<(string Original, string Language)>();
            foreach (var (translation, original) in candidates)
            {
                if (paired.Contains(translation.SourcePath) || !originalLanguages.Add((original.SourcePath, translation.Language)))
                {
                    continue;
                }

                paired.Add(translation.SourcePath);
                pairs.Add((translation.SourcePath, original.SourcePath));
            }
        }

        return pairs;
    }

    // Overlap coefficient, not Jaccard: a translation is often shorter than its original, and what it
    // keeps should count in full rather than be diluted by what it leaves out.
    private static double Overlap(long[] a, long[] b)
        => a.Length == 0 || b.Length == 0 ? 0 : (double)Site.Web.Text.StableHash.Shared(a, b) / Math.Min(a.Length, b.Length);
}
